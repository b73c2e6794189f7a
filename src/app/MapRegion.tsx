import {
  startTransition,
  Suspense,
  useCallback,
  useEffect,
  useState,
  type Ref,
  type RefObject,
} from 'react'
import type { District } from '../domain/districts'
import type { Enterprise } from '../domain/enterprise'
import type { MapView } from '../domain/map-view'
import { useI18n } from '../i18n/i18n'
import type { TourMapHandle } from '../map/TourMap'
import { MAP_PICTURE_PATH } from '../domain/page-path'
import { useHydrated, useSiteRoot } from '../site'
import { AfterCommit } from '../ui/AfterCommit'
import { codePart } from '../ui/code-part'
import { ErrorBoundary } from '../ui/ErrorBoundary'
import { PartFailed } from '../ui/PartFailed'
import { forgetFailedParts, loadTourMap } from './later-parts'
import type { ExplorerModel } from './use-explorer-model'

// Leaflet cannot run on the server: the prerendered page holds a picture of the map, and the
// map (its chunk preloaded by index.html, see vite.config.ts) mounts once the page is hydrated.
const TourMap = codePart(loadTourMap)

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

/**
 * Whether the live map may mount: in a transition after the page's first commit, not in it. On a
 * hydrated page, the map's creation and its layers (added in effects) ran in one task with
 * hydration's own effects, the longest task of the first view (Lighthouse's Total Blocking Time).
 * On a page rendered in the browser (another dataset), they ran in one task with the explorer's
 * first render: 106–179 ms at 50 000 enterprises, of which Leaflet's first measure of the new
 * page took about 45 ms. As a transition, the map's commit and its layers' effects run as tasks
 * of their own; a prerendered page's picture of the map stays until then.
 */
function useMapAfterHydration(): boolean {
  const [mounted, setMounted] = useState(false)
  useEffect(() => {
    if (!mounted)
      startTransition(() => {
        setMounted(true)
      })
  }, [mounted])
  return mounted
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
  const mapMounts = useMapAfterHydration()
  const root = useSiteRoot()
  // The picture is the prerendered page's; a page rendered in the browser never had one.
  const [fromHtml] = useState(!useHydrated())
  // Kept over the live map until its outlines and pins are drawn: removed with the map's first
  // commit, the picture left an empty map on screen for 70–160 ms (330–410 ms at a phone's CPU
  // speed) while the layers were still being added, on every first view.
  const [drawn, setDrawn] = useState(false)
  const reveal = useCallback(() => {
    setDrawn(true)
  }, [])
  return (
    <section className="tm-map-region" aria-label={t('mapLabel')}>
      {mapMounts && (
        <ErrorBoundary
          fallback={(retry) => (
            <>
              <AfterCommit run={reveal} />
              <PartFailed
                part={t('partMap')}
                onRetry={() => {
                  forgetFailedParts()
                  retry()
                }}
              />
            </>
          )}
        >
          <Suspense fallback={<div className="tm-map" />}>
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
              onDrawn={reveal}
            />
          </Suspense>
        </ErrorBoundary>
      )}
      {fromHtml && !drawn && (
        <>
          {/* Shown only where scripts do not run (app.css); the hydrated page has the map. */}
          <p className="tm-no-js tm-map-needs-js">{t('mapNeedsJs')}</p>
          {/* A picture of the map (scripts/prerender.ts) until the map is drawn: the pins are on
              screen at the first paint, and a reader without scripts sees where they are. */}
          <div className={mapMounts ? 'tm-map tm-map--over' : 'tm-map'}>
            <img
              className="tm-map-picture"
              src={`${root}${MAP_PICTURE_PATH}`}
              alt={t('mapPicture')}
            />
          </div>
        </>
      )}
    </section>
  )
}
