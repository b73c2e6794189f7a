import { useState } from 'react'
import { config } from '../config'
import { useDataset, type DatasetSource } from '../data/use-dataset'
import { useViewState } from '../state/use-view-state'
import { LoadError } from '../ui/LoadError'
import { OpenFileButton } from '../ui/OpenFileButton'
import { useFileDrop } from '../ui/use-file-drop'
import { TourExplorer } from './TourExplorer'

export function App() {
  const [view, navigate] = useViewState()
  // A file the user opened wins over the URL; it is not in the URL because it never leaves the browser.
  const [file, setFile] = useState<File | null>(null)
  const source: DatasetSource =
    file !== null
      ? { kind: 'file', file }
      : { kind: 'url', url: view.dataUrl ?? config.defaultDatasetUrl }
  const query = useDataset(source)
  const openFile = (next: File) => {
    setFile(next)
    navigate({ selectedId: null, industries: null })
  }
  const drop = useFileDrop(openFile)

  return (
    <div className="tm-app" {...drop.handlers}>
      <header className="tm-header">
        <h1>Tour Map</h1>
        {file !== null ? (
          <p className="tm-header__dataset">
            Showing your file <span className="tm-code">{file.name}</span>, read in this browser and
            not uploaded.{' '}
            <button
              type="button"
              onClick={() => {
                setFile(null)
              }}
            >
              Back to the {view.dataUrl === null ? 'built-in' : 'linked'} dataset
            </button>
          </p>
        ) : (
          view.dataUrl !== null && (
            <p className="tm-header__dataset">
              Showing a dataset from <span className="tm-code">{view.dataUrl}</span>
            </p>
          )
        )}
      </header>
      {query.status === 'pending' && (
        <p role="status" className="tm-loading">
          Loading the enterprises…
        </p>
      )}
      {query.status === 'error' && (
        <LoadError
          error={query.error}
          retrying={query.isFetching}
          onRetry={
            file === null
              ? () => {
                  void query.refetch()
                }
              : null
          }
        >
          <OpenFileButton onFile={openFile} />
        </LoadError>
      )}
      {query.status === 'success' && (
        <TourExplorer loaded={query.data} view={view} navigate={navigate} onOpenFile={openFile} />
      )}
      {drop.dragging && (
        <div className="tm-drop-overlay" aria-hidden="true">
          Drop a GeoJSON file to show it on the map. It stays in this browser.
        </div>
      )}
    </div>
  )
}
