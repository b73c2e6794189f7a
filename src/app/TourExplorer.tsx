import { useCallback, useMemo, useRef } from 'react'
import type { LoadedDataset } from '../data/fetch-dataset'
import { countIndustries, filterEnterprises, toggleIndustry } from '../domain/filter'
import { TourMap, type TourMapHandle } from '../map/TourMap'
import type { NavigateOptions } from '../state/use-view-state'
import type { ViewState } from '../state/view-state'
import { DatasetNotices } from '../ui/DatasetNotices'
import { EnterpriseCard } from '../ui/EnterpriseCard'
import { IndustryFilter } from '../ui/IndustryFilter'
import { ResultCount } from '../ui/ResultCount'
import { TourSummary } from '../ui/TourSummary'

interface TourExplorerProps {
  readonly loaded: LoadedDataset
  readonly view: ViewState
  readonly navigate: (patch: Partial<ViewState>, options?: NavigateOptions) => void
}

/** The loaded app: filter and card beside the map, all derived from the URL's view state. */
export function TourExplorer({ loaded, view, navigate }: TourExplorerProps) {
  const { enterprises, tour } = loaded.dataset
  const mapHandle = useRef<TourMapHandle>(null)

  const counts = useMemo(() => countIndustries(enterprises), [enterprises])
  const allIndustries = useMemo(() => counts.map((c) => c.industry), [counts])
  const visible = useMemo(
    () => filterEnterprises(enterprises, view.industries),
    [enterprises, view.industries],
  )
  const selected = visible.find((e) => e.id === view.selectedId) ?? null

  const select = useCallback(
    (id: string) => {
      navigate({ selectedId: id }, { push: true })
    },
    [navigate],
  )
  const closeCard = useCallback(() => {
    const id = selected?.id
    navigate({ selectedId: null }, { push: true })
    if (id !== undefined) mapHandle.current?.focusMarker(id)
  }, [navigate, selected?.id])

  return (
    <main className={selected === null ? 'tm-main' : 'tm-main tm-main--with-card'}>
      <aside className="tm-panel" aria-label="Tour and filters">
        <TourSummary tour={tour} identified={enterprises.length} />
        <IndustryFilter
          counts={counts}
          selection={view.industries}
          onToggle={(industry, checked) => {
            navigate({
              industries: toggleIndustry(view.industries, allIndustries, industry, checked),
            })
          }}
          onSelectAll={(all) => {
            navigate({ industries: all ? null : [] })
          }}
        />
        <ResultCount shown={visible.length} total={enterprises.length} />
        <DatasetNotices problems={loaded.problems} warnings={loaded.warnings} />
        <p className="tm-hint">
          Select a pin, or focus it with Tab and press Enter, to read what is known about the
          enterprise.
        </p>
      </aside>
      <section className="tm-map-region" aria-label="Map">
        <TourMap
          ref={mapHandle}
          allEnterprises={enterprises}
          enterprises={visible}
          selectedId={selected?.id ?? null}
          onSelect={select}
        />
      </section>
      {selected !== null && (
        <EnterpriseCard enterprise={selected} cityName={tour?.place ?? null} onClose={closeCard} />
      )}
    </main>
  )
}
