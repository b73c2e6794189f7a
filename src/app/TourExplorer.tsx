import './layout.css'
import {
  memo,
  Suspense,
  type ComponentType,
  useCallback,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { config } from '../config'
import { useDistricts, type LoadedDataset } from '../data'
import type { Lang } from '../domain/lang'
import type { MapView } from '../domain/map-view'
import type { TourMapHandle } from '../map/TourMap'
import { useI18n } from '../i18n/i18n'
import { rootPath } from '../site'
import { codePart } from '../ui/code-part'
import { ErrorBoundary } from '../ui/ErrorBoundary'
import { PartFailed } from '../ui/PartFailed'
import { writeCamera } from '../state/use-view-state'
import type { ViewState } from '../state/view-state'
import type { Navigate } from './explorer-model'
import { fileFactsOf } from './file-facts'
import { MapRegion } from './MapRegion'
import {
  forgetFailedParts,
  loadAboutDialog,
  loadExplorerHeader,
  loadExplorerPanel,
  loadSelectedCard,
} from './later-parts'
import { useDrawer } from './use-drawer'
import { useExplorerModel } from './use-explorer-model'

// Read by few visitors, so it is not part of the first download.
const AboutDialog = codePart(loadAboutDialog)

/**
 * Map first: the header, the panel and the card are in the prerendered HTML, and their code
 * arrives after the map's; React keeps their markup until it can hydrate them (selective
 * hydration). Memoised around their Suspense boundary: a boundary still waiting for its code must
 * receive no new props (the outlines arrive, the map settles), or React replaces its markup with
 * the empty fallback until the code is there.
 */
function later<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  name: 'partHeader' | 'partPanel' | 'partCard',
) {
  const Part = codePart(load)
  // When the part's code cannot be downloaded: its message and a Retry, in its place.
  function Failed({ retry }: { readonly retry: () => void }) {
    const { t } = useI18n()
    return (
      <PartFailed
        part={t(name)}
        onRetry={() => {
          forgetFailedParts()
          retry()
        }}
      />
    )
  }
  return memo(function Later(props: P) {
    return (
      <ErrorBoundary fallback={(retry) => <Failed retry={retry} />}>
        <Suspense fallback={null}>
          <Part {...props} />
        </Suspense>
      </ErrorBoundary>
    )
  })
}

const ExplorerHeader = later(loadExplorerHeader, 'partHeader')
const ExplorerPanel = later(loadExplorerPanel, 'partPanel')
const SelectedCard = later(loadSelectedCard, 'partCard')

const NO_DISTRICTS = [] as const

interface TourExplorerProps {
  readonly loaded: LoadedDataset
  readonly view: ViewState
  readonly navigate: Navigate
  readonly onOpenFile: (file: File) => void
  /** Says which dataset is shown when it is not the built-in one. */
  readonly datasetNote: ReactNode
}

/**
 * The loaded app: header, map, panel and card as siblings, all derived from the dataset and the
 * URL's view state (useExplorerModel). Only what no link needs to reproduce is kept here.
 */
export function TourExplorer({
  loaded,
  view,
  navigate,
  onOpenFile,
  datasetNote,
}: TourExplorerProps) {
  const { enterprises, tour } = loaded.dataset
  const model = useExplorerModel(loaded.dataset, view)
  const mapHandle = useRef<TourMapHandle>(null)
  const cardRef = useRef<HTMLElement>(null)
  const [aboutOpen, setAboutOpen] = useState(false)
  const drawer = useDrawer()
  const { dismiss: dismissDrawer } = drawer
  // What opened the card (a list entry, a pin), for focus to return to when it closes.
  const cardOpener = useRef<Element | null>(null)
  const [highlightedId, setHighlightedId] = useState<string | null>(null)
  const districts = useDistricts()
  // The tour city's outlines say nothing about a file of one's own unless it names districts.
  const showOutlines = useMemo(
    () => tour !== null || enterprises.some((e) => e.district !== null),
    [tour, enterprises],
  )
  // One object per dataset: a new one on every render would defeat the header's memo, and a
  // boundary still waiting to hydrate that receives new props is thrown away and drawn again
  // (the header vanished for a frame, and a map mounting then measured the page without it).
  const file = useMemo(() => fileFactsOf(loaded), [loaded])
  const corrections = useMemo(
    () => ({ address: config.correctionsUrl, datasetVersion: tour?.lastChecked ?? null }),
    [tour],
  )

  const select = useCallback(
    (id: string) => {
      // Previous/Next inside the card keep the card's original opener.
      const from = document.activeElement
      if (from?.closest('.tm-card') == null) cardOpener.current = from
      navigate({ selectedId: id }, { push: true })
    },
    [navigate],
  )
  const selectFromList = useCallback(
    (id: string) => {
      select(id)
      dismissDrawer()
    },
    [select, dismissDrawer],
  )
  const selectedId = model.selection.selected?.id
  const closeCard = useCallback(() => {
    navigate({ selectedId: null }, { push: true })
    const opener = cardOpener.current
    cardOpener.current = null
    // A list entry that is still on screen gets focus back; otherwise (a pin, a closed drawer,
    // a card opened by a link) the enterprise's pin does.
    if (
      opener instanceof HTMLElement &&
      opener.isConnected &&
      opener.getClientRects().length > 0 &&
      opener.closest('.tm-map-region') === null
    )
      opener.focus()
    else if (selectedId !== undefined) mapHandle.current?.focusMarker(selectedId)
  }, [navigate, selectedId])
  const trackView = useCallback((mapView: MapView) => {
    writeCamera(rootPath, mapView)
  }, [])
  const changeLang = useCallback(
    (lang: Lang) => {
      navigate({ lang })
    },
    [navigate],
  )
  // On a phone About opens over the drawer, which stays open beneath it: closing the dialog
  // returns focus to the button that opened it.
  const openAbout = useCallback(() => {
    setAboutOpen(true)
  }, [])

  const mainClass = [
    'tm-main',
    selectedId !== undefined && 'tm-main--with-card',
    drawer.open && 'tm-main--panel-open',
  ]
    .filter(Boolean)
    .join(' ')

  return (
    <>
      <ExplorerHeader
        tour={tour}
        file={file}
        identified={enterprises.length}
        shown={model.listed.length}
        embed={view.embed}
        panelOpen={drawer.open}
        onTogglePanel={drawer.toggle}
        panelToggleRef={drawer.toggleRef}
        onAbout={openAbout}
        onLangChange={changeLang}
      />
      {datasetNote}
      <main className={mainClass}>
        <MapRegion
          model={model}
          allEnterprises={enterprises}
          districts={showOutlines ? (districts.data?.districts ?? NO_DISTRICTS) : NO_DISTRICTS}
          highlightedId={highlightedId}
          initialView={view.mapView}
          onSelect={select}
          onViewChange={trackView}
          mapRef={mapHandle}
          cardRef={cardRef}
        />
        <ExplorerPanel
          loaded={loaded}
          model={model}
          view={view}
          navigate={navigate}
          onSelect={selectFromList}
          onHighlight={setHighlightedId}
          onClose={drawer.close}
          open={drawer.open}
          closeRef={drawer.closeRef}
          onAbout={openAbout}
          onOpenFile={onOpenFile}
        />
        <SelectedCard
          selection={model.selection}
          listLength={model.listed.length}
          cityName={model.cityName}
          onSelect={select}
          onClose={closeCard}
          corrections={corrections}
          ownData={tour === null ? { showIndustry: model.ownData.group === null } : null}
          cardRef={cardRef}
        />
      </main>
      {aboutOpen && (
        <Suspense fallback={null}>
          <AboutDialog
            tour={tour}
            file={file}
            enterprises={enterprises}
            districtAttribution={districts.data?.attribution ?? null}
            corrections={corrections}
            onClose={() => {
              setAboutOpen(false)
            }}
          />
        </Suspense>
      )}
    </>
  )
}
