import './layout.css'
import {
  lazy,
  memo,
  Suspense,
  type ComponentType,
  useCallback,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { useDistricts, type LoadedDataset } from '../data'
import type { Lang } from '../domain/lang'
import type { MapView } from '../domain/map-view'
import type { TourMapHandle } from '../map/TourMap'
import type { ViewState } from '../state/view-state'
import type { Navigate } from './explorer-model'
import { MapRegion } from './MapRegion'
import { loadExplorerHeader, loadExplorerPanel, loadSelectedCard } from './later-parts'
import { useExplorerModel } from './use-explorer-model'

// Read by few visitors, so it is not part of the first download.
const AboutDialog = lazy(() =>
  import('../ui/AboutDialog').then((module) => ({ default: module.AboutDialog })),
)

/**
 * Map first: the header, the panel and the card are in the prerendered HTML, and their code
 * arrives after the map's; React keeps their markup until it can hydrate them (selective
 * hydration). Memoised around their Suspense boundary: a boundary still waiting for its code must
 * receive no new props (the outlines arrive, the map settles), or React replaces its markup with
 * the empty fallback until the code is there.
 */
function later<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  const Lazy = lazy(load)
  return memo(function Later(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    )
  })
}

const ExplorerHeader = later(loadExplorerHeader)
const ExplorerPanel = later(loadExplorerPanel)
const SelectedCard = later(loadSelectedCard)

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
  const [aboutOpen, setAboutOpen] = useState(false)
  const [panelOpen, setPanelOpen] = useState(false)
  const [highlightedId, setHighlightedId] = useState<string | null>(null)
  const districts = useDistricts()

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
  const selectedId = model.selection.selected?.id
  const closeCard = useCallback(() => {
    navigate({ selectedId: null }, { push: true })
    if (selectedId !== undefined) mapHandle.current?.focusMarker(selectedId)
  }, [navigate, selectedId])
  const trackView = useCallback(
    (mapView: MapView) => {
      navigate({ mapView })
    },
    [navigate],
  )
  const togglePanel = useCallback(() => {
    setPanelOpen((open) => !open)
  }, [])
  const closePanel = useCallback(() => {
    setPanelOpen(false)
  }, [])
  const changeLang = useCallback(
    (lang: Lang) => {
      navigate({ lang })
    },
    [navigate],
  )
  const openAbout = useCallback(() => {
    setPanelOpen(false)
    setAboutOpen(true)
  }, [])

  const mainClass = [
    'tm-main',
    selectedId !== undefined && 'tm-main--with-card',
    panelOpen && 'tm-main--panel-open',
  ]
    .filter(Boolean)
    .join(' ')

  return (
    <>
      <ExplorerHeader
        tour={tour}
        identified={enterprises.length}
        shown={model.listed.length}
        embed={view.embed}
        panelOpen={panelOpen}
        onTogglePanel={togglePanel}
        onAbout={openAbout}
        onLangChange={changeLang}
      />
      {datasetNote}
      <main className={mainClass}>
        <MapRegion
          model={model}
          allEnterprises={enterprises}
          districts={districts.data?.districts ?? NO_DISTRICTS}
          highlightedId={highlightedId}
          initialView={view.mapView}
          onSelect={select}
          onViewChange={trackView}
          mapRef={mapHandle}
        />
        <ExplorerPanel
          loaded={loaded}
          model={model}
          view={view}
          navigate={navigate}
          onSelect={selectFromList}
          onHighlight={setHighlightedId}
          onClose={closePanel}
          onAbout={openAbout}
          onOpenFile={onOpenFile}
        />
        <SelectedCard
          selection={model.selection}
          listLength={model.listed.length}
          cityName={model.cityName}
          onSelect={select}
          onClose={closeCard}
        />
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
