import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react'
import type { LoadedDataset } from '../data/fetch-dataset'
import { useDistricts } from '../data/use-districts'
import { countIndustries, filterEnterprises, toggleIndustry } from '../domain/filter'
import { assignIndustrySlots } from '../domain/industry-style'
import { TourMap, type TourMapHandle } from '../map/TourMap'
import type { NavigateOptions } from '../state/use-view-state'
import type { ViewState } from '../state/view-state'
import { DatasetNotices } from '../ui/DatasetNotices'
import { EnterpriseCard } from '../ui/EnterpriseCard'
import { ExportButtons } from '../ui/ExportButtons'
import { IndustryFilter } from '../ui/IndustryFilter'
import { OpenFileButton } from '../ui/OpenFileButton'
import { PrecisionLegend } from '../ui/PrecisionLegend'
import { ResultCount } from '../ui/ResultCount'
import { TourSummary } from '../ui/TourSummary'

// Read by few visitors, so it is not part of the first download.
const AboutDialog = lazy(() =>
  import('../ui/AboutDialog').then((module) => ({ default: module.AboutDialog })),
)

const NO_DISTRICTS = [] as const

interface TourExplorerProps {
  readonly loaded: LoadedDataset
  readonly view: ViewState
  readonly navigate: (patch: Partial<ViewState>, options?: NavigateOptions) => void
  readonly onOpenFile: (file: File) => void
}

/** The loaded app: filter and card beside the map, all derived from the URL's view state. */
export function TourExplorer({ loaded, view, navigate, onOpenFile }: TourExplorerProps) {
  const { enterprises, tour } = loaded.dataset
  const mapHandle = useRef<TourMapHandle>(null)
  const [aboutOpen, setAboutOpen] = useState(false)
  const districts = useDistricts()

  const counts = useMemo(() => countIndustries(enterprises), [enterprises])
  const allIndustries = useMemo(() => counts.map((c) => c.industry), [counts])
  const slots = useMemo(() => assignIndustrySlots(allIndustries), [allIndustries])
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
        <button
          type="button"
          className="tm-about-button"
          onClick={() => {
            setAboutOpen(true)
          }}
        >
          About this data
        </button>
        <IndustryFilter
          counts={counts}
          selection={view.industries}
          slots={slots}
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
        <PrecisionLegend cityName={tour?.place ?? null} />
        <ExportButtons enterprises={visible} tour={tour} />
        <section className="tm-byo" aria-labelledby="tm-byo-title">
          <h2 id="tm-byo-title">Your own data</h2>
          <p className="tm-hint">
            Open or drop a GeoJSON file of points to see it here. It is read in this browser and not
            uploaded.
          </p>
          <OpenFileButton onFile={onOpenFile} />
        </section>
      </aside>
      <section className="tm-map-region" aria-label="Map">
        <TourMap
          ref={mapHandle}
          allEnterprises={enterprises}
          enterprises={visible}
          selectedId={selected?.id ?? null}
          onSelect={select}
          districts={districts.data?.districts ?? NO_DISTRICTS}
          industrySlots={slots}
        />
      </section>
      {selected !== null && (
        <EnterpriseCard enterprise={selected} cityName={tour?.place ?? null} onClose={closeCard} />
      )}
      {aboutOpen && (
        <Suspense fallback={null}>
          <AboutDialog
            tour={tour}
            enterprises={enterprises}
            districtAttribution={districts.data?.attribution ?? null}
            onClose={() => {
              setAboutOpen(false)
            }}
          />
        </Suspense>
      )}
    </main>
  )
}
