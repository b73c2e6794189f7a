import './layout.css'
import { lazy, Suspense, useCallback, useRef, useState, type ReactNode } from 'react'
import { useDistricts, type LoadedDataset } from '../data'
import type { TourMapHandle } from '../map/TourMap'
import { writeCamera } from '../state/use-view-state'
import type { ViewState } from '../state/view-state'
import { ExplorerHeader } from './ExplorerHeader'
import { ExplorerPanel } from './ExplorerPanel'
import type { Navigate } from './explorer-model'
import { MapRegion } from './MapRegion'
import { SelectedCard } from './SelectedCard'
import { useExplorerModel } from './use-explorer-model'

// Read by few visitors, so it is not part of the first download.
const AboutDialog = lazy(() =>
  import('../ui/AboutDialog').then((module) => ({ default: module.AboutDialog })),
)

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
        onTogglePanel={() => {
          setPanelOpen((open) => !open)
        }}
        onAbout={openAbout}
        onLangChange={(lang) => {
          navigate({ lang })
        }}
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
          onViewChange={writeCamera}
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
          onClose={() => {
            setPanelOpen(false)
          }}
          onAbout={openAbout}
          onOpenFile={onOpenFile}
        />
        <SelectedCard
          selection={model.selection}
          listLength={model.listed.length}
          cityName={model.cityName}
          onSelect={select}
          onClose={closeCard}
          cardRef={cardRef}
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
