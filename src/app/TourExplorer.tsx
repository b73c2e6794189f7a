import { lazy, Suspense, useCallback, useMemo, useRef, useState, type ReactNode } from 'react'
import type { LoadedDataset } from '../data/fetch-dataset'
import { useDistricts } from '../data/use-districts'
import type { Enterprise } from '../domain/enterprise'
import {
  countDays,
  countIndustries,
  daysBetween,
  filterEnterprises,
  hasActiveFilters,
  sortForList,
  toggleValue,
} from '../domain/filter'
import { clip } from '../domain/clip'
import { assignIndustrySlots } from '../domain/industry-style'
import { useI18n } from '../i18n/i18n'
import { localName, localPlace } from '../i18n/localise'
import { TourMap, type BasemapState, type TourMapHandle } from '../map/TourMap'
import type { NavigateOptions } from '../state/use-view-state'
import type { MapView, ViewState } from '../state/view-state'
import { writeViewState } from '../state/view-state'
import { CopyLinkButton } from '../ui/CopyLinkButton'
import { DatasetNotices } from '../ui/DatasetNotices'
import { DayFilter } from '../ui/DayFilter'
import { EnterpriseCard } from '../ui/EnterpriseCard'
import { ErrorBoundary } from '../ui/ErrorBoundary'
import { PartFailed } from '../ui/PartFailed'
import { EnterpriseList } from '../ui/EnterpriseList'
import { ExportButtons } from '../ui/ExportButtons'
import { IndustryFilter } from '../ui/IndustryFilter'
import { LanguageSwitch } from '../ui/LanguageSwitch'
import { OpenFileButton } from '../ui/OpenFileButton'
import { PrecisionLegend } from '../ui/PrecisionLegend'
import { ResultCount } from '../ui/ResultCount'
import { SearchBox } from '../ui/SearchBox'
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
  /** Says which dataset is shown when it is not the built-in one. */
  readonly datasetNote: ReactNode
}

/** The loaded app: filters, list and card beside the map, all derived from the URL's view state. */
export function TourExplorer({
  loaded,
  view,
  navigate,
  onOpenFile,
  datasetNote,
}: TourExplorerProps) {
  const { t, lang, locale } = useI18n()
  const { enterprises, tour } = loaded.dataset
  const mapHandle = useRef<TourMapHandle>(null)
  const [aboutOpen, setAboutOpen] = useState(false)
  const [panelOpen, setPanelOpen] = useState(false)
  const [highlightedId, setHighlightedId] = useState<string | null>(null)
  const [basemap, setBasemap] = useState<BasemapState | null>(null)
  const districts = useDistricts()

  const industryCounts = useMemo(() => countIndustries(enterprises), [enterprises])
  const allIndustries = useMemo(() => industryCounts.map((c) => c.industry), [industryCounts])
  const slots = useMemo(() => assignIndustrySlots(allIndustries), [allIndustries])
  const tourDays = useMemo(
    () => (tour === null ? [] : daysBetween(tour.startDate, tour.endDate)),
    [tour],
  )
  const dayCounts = useMemo(() => countDays(enterprises, tourDays), [enterprises, tourDays])
  const allDays = useMemo(() => dayCounts.map((c) => c.day), [dayCounts])

  const filters = useMemo(
    () => ({ industries: view.industries, days: view.days, query: view.query }),
    [view.industries, view.days, view.query],
  )
  // Clipped: names are marker labels and sort keys, and a dataset's may be any length.
  const nameOf = useCallback((e: Enterprise) => clip(localName(e, lang).text, 200).text, [lang])
  // Sorted once per dataset and language; filtering keeps that order, so it stays O(n).
  const sorted = useMemo(
    () => sortForList(enterprises, nameOf, locale),
    [enterprises, nameOf, locale],
  )
  const listed = useMemo(() => filterEnterprises(sorted, filters), [sorted, filters])
  const visible = listed
  const clusterLabel = useCallback(
    (count: number) => t('clusterLabel', { count: count.toLocaleString(locale) }),
    [t, locale],
  )
  const selectedIndex = listed.findIndex((e) => e.id === view.selectedId)
  const selected = listed[selectedIndex] ?? null

  const select = useCallback(
    (id: string) => {
      navigate({ selectedId: id }, { push: true })
    },
    [navigate],
  )
  const selectFromList = useCallback(
    (id: string) => {
      setPanelOpen(false)
      select(id)
    },
    [select],
  )
  const closeCard = useCallback(() => {
    const id = selected?.id
    navigate({ selectedId: null }, { push: true })
    if (id !== undefined) mapHandle.current?.focusMarker(id)
  }, [navigate, selected?.id])
  const step = (offset: number) => {
    const next = listed[selectedIndex + offset]
    return next === undefined
      ? null
      : () => {
          select(next.id)
        }
  }
  const trackView = useCallback(
    (mapView: MapView) => {
      navigate({ mapView })
    },
    [navigate],
  )
  const clearFilters = () => {
    navigate({ industries: null, days: null, query: '' })
  }
  const cityName = localPlace(tour, lang)
  const fullMapUrl = `${window.location.pathname}${writeViewState(window.location.search, { embed: false })}`

  // On a phone these move from the header into the drawer, so the map keeps the screen.
  const secondaryActions = (
    <>
      <button
        type="button"
        onClick={() => {
          setPanelOpen(false)
          setAboutOpen(true)
        }}
      >
        {t('aboutButton')}
      </button>
      <CopyLinkButton />
    </>
  )

  const mainClass = [
    'tm-main',
    selected !== null && 'tm-main--with-card',
    panelOpen && 'tm-main--panel-open',
  ]
    .filter(Boolean)
    .join(' ')

  return (
    <>
      <header className="tm-header">
        <h1>{t('appTitle')}</h1>
        <TourSummary tour={tour} identified={enterprises.length} compact />
        <ResultCount shown={visible.length} total={enterprises.length} />
        <div className="tm-header__actions">
          <button
            type="button"
            className="tm-panel-toggle"
            aria-expanded={panelOpen}
            aria-controls="tm-panel"
            onClick={() => {
              setPanelOpen((open) => !open)
            }}
          >
            {t('filtersAndList')}
          </button>
          {view.embed ? (
            <a className="tm-button" href={fullMapUrl} target="_blank" rel="noopener">
              {t('openFullMap')}
            </a>
          ) : (
            <span className="tm-header__secondary">{secondaryActions}</span>
          )}
          {view.embed && <CopyLinkButton />}
          <LanguageSwitch
            onChange={(next) => {
              navigate({ lang: next })
            }}
          />
        </div>
      </header>
      {datasetNote}
      <main className={mainClass}>
        <section className="tm-map-region" aria-label={t('mapLabel')}>
          {basemap?.failed != null && (
            <p className="tm-banner" aria-live="polite">
              {basemap.current === null
                ? t('basemapNone')
                : t('basemapFallback', { from: basemap.failed.name, to: basemap.current.name })}
            </p>
          )}
          <ErrorBoundary fallback={(retry) => <PartFailed part={t('partMap')} onRetry={retry} />}>
            <TourMap
              ref={mapHandle}
              allEnterprises={enterprises}
              enterprises={visible}
              selectedId={selected?.id ?? null}
              highlightedId={highlightedId}
              onSelect={select}
              labelOf={nameOf}
              clusterLabel={clusterLabel}
              districts={districts.data?.districts ?? NO_DISTRICTS}
              industrySlots={slots}
              initialView={view.mapView}
              onViewChange={trackView}
              onBasemapChange={setBasemap}
            />
          </ErrorBoundary>
        </section>
        <aside id="tm-panel" className="tm-panel" aria-label={t('panelLabel')}>
          <ErrorBoundary fallback={(retry) => <PartFailed part={t('partPanel')} onRetry={retry} />}>
            <div className="tm-panel__close">
              <button
                type="button"
                className="tm-icon-button"
                aria-label={t('closePanel')}
                onClick={() => {
                  setPanelOpen(false)
                }}
              >
                ×
              </button>
            </div>
            {!view.embed && <div className="tm-panel__secondary">{secondaryActions}</div>}
            <DatasetNotices problems={loaded.problems} warnings={loaded.warnings} />
            <IndustryFilter
              counts={industryCounts}
              selection={view.industries}
              slots={slots}
              onToggle={(industry, checked) => {
                navigate({
                  industries: toggleValue(view.industries, allIndustries, industry, checked),
                })
              }}
              onSelectAll={(all) => {
                navigate({ industries: all ? null : [] })
              }}
            />
            <DayFilter
              counts={dayCounts}
              selection={view.days}
              onToggle={(day, checked) => {
                navigate({ days: toggleValue(view.days, allDays, day, checked) })
              }}
            />
            <SearchBox
              value={view.query}
              onChange={(query) => {
                navigate({ query })
              }}
            />
            <EnterpriseList
              enterprises={listed}
              selectedId={selected?.id ?? null}
              slots={slots}
              onSelect={selectFromList}
              onHighlight={setHighlightedId}
              emptyMessage={
                <div className="tm-empty">
                  <p>
                    {view.query.trim() === ''
                      ? t('noMatch')
                      : t('noMatchSearch', { query: view.query.trim() })}
                  </p>
                  {hasActiveFilters(filters) && (
                    <button type="button" onClick={clearFilters}>
                      {t('clearFilters')}
                    </button>
                  )}
                </div>
              }
            />
            <p className="tm-hint">{t('markerHint')}</p>
            {!view.embed && <TourDetails tour={tour} identified={enterprises.length} />}
            <PrecisionLegend cityName={cityName} />
            <ExportButtons enterprises={listed} tour={tour} />
            {!view.embed && (
              <section className="tm-byo" aria-labelledby="tm-byo-title">
                <h2 id="tm-byo-title">{t('ownDataTitle')}</h2>
                <p className="tm-hint">{t('ownDataHint')}</p>
                <OpenFileButton onFile={onOpenFile} />
              </section>
            )}
          </ErrorBoundary>
        </aside>
        {selected !== null && (
          <ErrorBoundary
            key={selected.id}
            fallback={(retry) => (
              <div className="tm-card">
                <PartFailed part={t('partCard')} onRetry={retry} />
              </div>
            )}
          >
            <EnterpriseCard
              enterprise={selected}
              cityName={cityName}
              onClose={closeCard}
              onPrevious={step(-1)}
              onNext={step(1)}
              position={{ index: selectedIndex, count: listed.length }}
            />
          </ErrorBoundary>
        )}
      </main>
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
    </>
  )
}

function TourDetails({
  tour,
  identified,
}: {
  readonly tour: LoadedDataset['dataset']['tour']
  readonly identified: number
}) {
  const { t } = useI18n()
  if (tour === null) return null
  return (
    <section className="tm-tour-panel" aria-label={t('tourPanelTitle')}>
      <TourSummary tour={tour} identified={identified} />
    </section>
  )
}
