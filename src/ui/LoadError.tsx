import { DatasetError } from '../data/dataset-error'
import { ProblemList } from './ProblemList'

interface LoadErrorProps {
  readonly error: Error
  readonly onRetry: () => void
  readonly retrying: boolean
}

export function LoadError({ error, onRetry, retrying }: LoadErrorProps) {
  const problems = error instanceof DatasetError ? error.problems : []
  const message =
    error instanceof DatasetError ? error.message : 'Something went wrong while loading the data.'
  return (
    <div role="alert" className="tm-alert">
      <p>
        <strong>The map data could not be shown.</strong> {message}
      </p>
      {problems.length > 0 && <ProblemList problems={problems} />}
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  )
}
