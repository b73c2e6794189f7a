import './alert.css'
import type { ReactNode } from 'react'
import { DatasetError } from '../data/dataset-error'
import { useI18n, type I18n } from '../i18n/i18n'
import { ProblemList } from './ProblemList'

interface LoadErrorProps {
  readonly error: Error
  /** null when retrying cannot help, e.g. for a file the user opened. */
  readonly onRetry: (() => void) | null
  readonly retrying: boolean
  readonly children?: ReactNode
}

/** The sentence that says what went wrong, in the reader's language. */
function explain(error: Error, { t, describe }: I18n): string {
  if (!(error instanceof DatasetError)) return t('loadFailedGeneric')
  const { source, fromFile = false, status = '', sizeMB = 0, maxMB = 0, problem } = error.details
  switch (error.kind) {
    case 'http':
      return t('errHttp', { status, source })
    case 'network':
      return t('errUnreachable', { source })
    case 'timeout':
      return t('errTimeout', { source })
    case 'too-large':
      return fromFile
        ? t('errTooLargeFile', { source, size: sizeMB, max: maxMB })
        : t('errTooLarge', { source, max: maxMB })
    case 'invalid': {
      const lead = fromFile ? t('errInvalidFile', { source }) : t('errInvalid', { source })
      return problem === undefined ? lead : `${lead} ${describe(problem)}`
    }
  }
}

export function LoadError({ error, onRetry, retrying, children }: LoadErrorProps) {
  const i18n = useI18n()
  const { t } = i18n
  const problems = error instanceof DatasetError ? error.problems : []
  return (
    <div role="alert" className="tm-alert">
      <p>
        <strong>{t('loadFailed')}</strong> {explain(error, i18n)}
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
