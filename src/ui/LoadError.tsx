import type { ReactNode } from 'react'
import { DatasetError } from '../data/dataset-error'
import { ProblemList } from './ProblemList'

interface LoadErrorProps {
  readonly error: Error
  /** null when retrying cannot help, e.g. for a file the user opened. */
  readonly onRetry: (() => void) | null
  readonly retrying: boolean
  readonly children?: ReactNode
}

export function LoadError({ error, onRetry, retrying, children }: LoadErrorProps) {
  const problems = error instanceof DatasetError ? error.problems : []
  const message =
    error instanceof DatasetError ? error.message : 'Something went wrong while loading the data.'
  return (
    <div role="alert" className="tm-alert">
      <p>
        <strong>The map data could not be shown.</strong> {message}
      </p>
      {problems.length > 0 && <ProblemList problems={problems} />}
      <div className="tm-alert__actions">
        {onRetry !== null && (
          <button type="button" onClick={onRetry} disabled={retrying}>
            {retrying ? 'Retrying…' : 'Retry'}
          </button>
        )}
        {children}
      </div>
    </div>
  )
}
