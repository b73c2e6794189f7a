import type { Ref, RefObject } from 'react'
import type { District } from '../domain/districts'
import type { Enterprise } from '../domain/enterprise'
import type { MapView } from '../domain/map-view'
import { useI18n } from '../i18n/i18n'
import { TourMap, type TourMapHandle } from '../map/TourMap'
import { ErrorBoundary } from '../ui/ErrorBoundary'
import { PartFailed } from '../ui/PartFailed'
import type { ExplorerModel } from './use-explorer-model'

interface MapRegionProps {
  readonly model: ExplorerModel
  readonly allEnterprises: readonly Enterprise[]
  readonly districts: readonly District[]
  readonly highlightedId: string | null
  readonly initialView: MapView | null
  readonly onSelect: (id: string) => void
  readonly onViewChange: (view: MapView) => void
  readonly mapRef: Ref<TourMapHandle>
  /** The selected enterprise's card, which the map keeps the selected pin out from under. */
  readonly cardRef: RefObject<HTMLElement | null>
}

/** The map's landmark; a crash in the map costs only the map. */
export function MapRegion({
  model,
  allEnterprises,
  districts,
  highlightedId,
  initialView,
  onSelect,
  onViewChange,
  mapRef,
  cardRef,
}: MapRegionProps) {
  const { t } = useI18n()
  return (
    <section className="tm-map-region" aria-label={t('mapLabel')}>
      <ErrorBoundary fallback={(retry) => <PartFailed part={t('partMap')} onRetry={retry} />}>
        <TourMap
          ref={mapRef}
          allEnterprises={allEnterprises}
          enterprises={model.listed}
          selectedId={model.selection.selected?.id ?? null}
          highlightedId={highlightedId}
          onSelect={onSelect}
          labelOf={model.nameOf}
          clusterLabel={model.clusterLabel}
          districts={districts}
          industrySlots={model.slots}
          initialView={initialView}
          onViewChange={onViewChange}
          coverRef={cardRef}
        />
      </ErrorBoundary>
    </section>
  )
}
