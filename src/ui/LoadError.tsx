import type { ReactNode } from 'react'
import { DatasetError } from '../data/dataset-error'
import { useI18n } from '../i18n/i18n'
import { ProblemList } from './ProblemList'

interface LoadErrorProps {
  readonly error: Error
  /** null when retrying cannot help, e.g. for a file the user opened. */
  readonly onRetry: (() => void) | null
  readonly retrying: boolean
  readonly children?: ReactNode
}

export function LoadError({ error, onRetry, retrying, children }: LoadErrorProps) {
  const { t } = useI18n()
  const problems = error instanceof DatasetError ? error.problems : []
  const message = error instanceof DatasetError ? error.message : t('loadFailedGeneric')
  return (
    <div role="alert" className="tm-alert">
      <p>
        <strong>{t('loadFailed')}</strong> {message}
      </p>
      {problems.length > 0 && <ProblemList problems={problems} />}
      <div className="tm-alert__actions">
        {onRetry !== null && (
          <button type="button" onClick={onRetry} disabled={retrying}>
            {retrying ? t('retrying') : t('retry')}
          </button>
        )}
        {children}
      </div>
    </div>
  )
}
