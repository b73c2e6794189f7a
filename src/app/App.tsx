import { config } from '../config'
import { useDataset } from '../data/use-dataset'
import { useViewState } from '../state/use-view-state'
import { LoadError } from '../ui/LoadError'
import { TourExplorer } from './TourExplorer'

export function App() {
  const [view, navigate] = useViewState()
  const datasetUrl = view.dataUrl ?? config.defaultDatasetUrl
  const query = useDataset(datasetUrl)

  return (
    <div className="tm-app">
      <header className="tm-header">
        <h1>Tour Map</h1>
        {view.dataUrl !== null && (
          <p className="tm-header__dataset">
            Showing a dataset from <span className="tm-code">{view.dataUrl}</span>
          </p>
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
          onRetry={() => {
            void query.refetch()
          }}
        />
      )}
      {query.status === 'success' && (
        <TourExplorer loaded={query.data} view={view} navigate={navigate} />
      )}
    </div>
  )
}
