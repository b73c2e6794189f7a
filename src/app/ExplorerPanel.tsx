import './panel.css'
import { lazy, Suspense, type Ref } from 'react'
import type { LoadedDataset } from '../data'
import { hasActiveFilters, toggleValue } from '../domain/filter'
import { useI18n } from '../i18n/i18n'
import type { ViewState } from '../state/view-state'
import { DayFilter } from '../ui/DayFilter'
import { EnterpriseList } from '../ui/EnterpriseList'
import { NoScriptDirectory } from '../ui/NoScriptDirectory'
import { ErrorBoundary } from '../ui/ErrorBoundary'
import { ExportButtons } from '../ui/ExportButtons'
import { IndustryFilter } from '../ui/IndustryFilter'
import { OpenFileButton } from '../ui/OpenFileButton'
import { PartFailed } from '../ui/PartFailed'
import { PrecisionLegend } from '../ui/PrecisionLegend'
import { revealFocused } from '../ui/reveal-focused'
import { SearchBox } from '../ui/SearchBox'
import { TourSummary } from '../ui/TourSummary'
import { fileFactsOf } from './file-facts'
import type { Navigate } from './explorer-model'
import { SecondaryActions } from './SecondaryActions'
import type { ExplorerModel } from './use-explorer-model'
import { CloseButton } from '../ui/CloseButton'

const OwnDataControls = lazy(() => import('../ui/OwnDataControls'))
// Only a dataset with skipped features or notes needs the report.
const DatasetNotices = lazy(() =>
  import('../ui/DatasetNotices').then((m) => ({ default: m.DatasetNotices })),
)

interface ExplorerPanelProps {
  readonly loaded: LoadedDataset
  readonly model: ExplorerModel
  readonly view: ViewState
  readonly navigate: Navigate
  /** Chosen from the list; the drawer closes on a phone. */
  readonly onSelect: (id: string) => void
  readonly onHighlight: (id: string | null) => void
  readonly onClose: () => void
  /**
   * Whether the drawer is open (phones, embeds). A prop so that opening the drawer updates this
   * part: React then hydrates it with that update, and its close button is there to take focus.
   * Without it, a drawer opened before the part had hydrated (it hydrates at idle priority after
   * the page) left focus on the page's body, 1 time in 5 in an end-to-end test.
   */
  readonly open: boolean
  readonly closeRef: Ref<HTMLButtonElement>
  readonly onAbout: () => void
  readonly onOpenFile: (file: File) => void
}

/** The side panel (a drawer on a phone and in an embed): filters, list, legend, export, own data. */
export function ExplorerPanel({
  loaded,
  model,
  view,
  navigate,
  onSelect,
  onHighlight,
  onClose,
  open,
  closeRef,
  onAbout,
  onOpenFile,
}: ExplorerPanelProps) {
  const { t } = useI18n()
  const { enterprises, tour } = loaded.dataset
  return (
    <aside
      id="tm-panel"
      className="tm-panel"
      data-open={open}
      aria-label={t('panelLabel')}
      onFocus={revealFocused}
    >
      <ErrorBoundary fallback={(retry) => <PartFailed part={t('partPanel')} onRetry={retry} />}>
        <div className="tm-panel__close">
          <CloseButton ref={closeRef} label={t('closePanel')} onClick={onClose} />
        </div>
        {!view.embed && (
          <div className="tm-panel__secondary">
            <SecondaryActions onAbout={onAbout} />
          </div>
        )}
        {(loaded.problems.length > 0 || loaded.warnings.length > 0) && (
          <Suspense fallback={null}>
            <DatasetNotices problems={loaded.problems} warnings={loaded.warnings} />
          </Suspense>
        )}
        {(model.ownData.labelChoices.length > 0 ||
          model.ownData.suggestGcj02 ||
          model.ownData.crs === 'gcj02') && (
          <Suspense fallback={null}>
            <OwnDataControls
              {...model.ownData}
              onLabel={(label) => {
                navigate({ label })
              }}
              onGroup={(group) => {
                navigate({ group, industries: null })
              }}
              onCrs={(crs) => {
                navigate({ crs })
              }}
            />
          </Suspense>
        )}
        <IndustryFilter
          groupName={model.ownData.group}
          counts={model.industryCounts}
          selection={view.industries}
          slots={model.slots}
          onToggle={(industry, checked) => {
            navigate({
              industries: toggleValue(view.industries, model.allIndustries, industry, checked),
            })
          }}
          onSelectAll={(all) => {
            navigate({ industries: all ? null : [] })
          }}
        />
        {/* A file without visit dates has nothing to filter by day: no "Date not reported (200)". */}
        {(tour !== null || enterprises.some((e) => e.visitDate !== null)) && (
          <DayFilter
            counts={model.dayCounts}
            selection={view.days}
            onToggle={(day, checked) => {
              navigate({ days: toggleValue(view.days, model.allDays, day, checked) })
            }}
          />
        )}
        <SearchBox
          features={tour === null}
          value={view.query}
          onChange={(query) => {
            navigate({ query })
          }}
        />
        <EnterpriseList
          enterprises={model.listed}
          selectedId={model.selection.selected?.id ?? null}
          slots={model.slots}
          onSelect={onSelect}
          onHighlight={onHighlight}
          emptyMessage={
            <NoMatch
              model={model}
              query={view.query}
              navigate={navigate}
              features={tour === null}
            />
          }
          features={tour === null}
        />
        <NoScriptDirectory enterprises={model.listed} cityName={model.cityName} />
        <p className="tm-hint">{t(tour === null ? 'markerHintFeatures' : 'markerHint')}</p>
        {!view.embed && (
          <section
            className="tm-tour-panel"
            aria-label={tour === null ? t('aboutFile') : t('tourPanelTitle')}
          >
            <TourSummary tour={tour} identified={enterprises.length} file={fileFactsOf(loaded)} />
          </section>
        )}
        {/* Other people's data says how precise its points are only if it has the tour's field. */}
        {(tour !== null || enterprises.some((e) => e.precision !== null)) && (
          <PrecisionLegend cityName={model.cityName} />
        )}
        <ExportButtons enterprises={model.listed} tour={tour} />
        {!view.embed && (
          <section className="tm-byo" aria-labelledby="tm-byo-title">
            <h2 id="tm-byo-title">{t('ownDataTitle')}</h2>
            <p className="tm-hint">{t('ownDataHint')}</p>
            <OpenFileButton onFile={onOpenFile} />
          </section>
        )}
      </ErrorBoundary>
    </aside>
  )
}

/** Why the list is empty, and the way back to everything. */
function NoMatch({
  model,
  query,
  navigate,
  features,
}: {
  readonly model: ExplorerModel
  readonly query: string
  readonly navigate: Navigate
  readonly features: boolean
}) {
  const { t } = useI18n()
  return (
    <div className="tm-empty">
      <p>
        {query.trim() === ''
          ? t(features ? 'noMatchFeatures' : 'noMatch')
          : t('noMatchSearch', { query: query.trim() })}
      </p>
      {hasActiveFilters(model.filters) && (
        <button
          type="button"
          onClick={() => {
            navigate({ industries: null, days: null, query: '' })
          }}
        >
          {t('clearFilters')}
        </button>
      )}
    </div>
  )
}
