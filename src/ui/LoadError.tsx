import './alert.css'
import type { ReactNode } from 'react'
import { DatasetError } from '../data'
import { useI18n, type Translate } from '../i18n/i18n'
import { useDescribe } from '../i18n/use-describe'
import type { Problem } from '../domain/problem'
import { ProblemList } from './ProblemList'

interface LoadErrorProps {
  readonly error: Error
  /** null when retrying cannot help, e.g. for a file the user opened. */
  readonly onRetry: (() => void) | null
  readonly retrying: boolean
  readonly children?: ReactNode
}

/** The sentence that says what went wrong, in the reader's language. */
function explain(error: Error, t: Translate, describe: (problem: Problem) => string): string {
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
  const { t } = useI18n()
  const describe = useDescribe()
  const problems = (error instanceof DatasetError ? error.details.problems : undefined) ?? []
  return (
    <div role="alert" className="tm-alert">
      <p>
        <strong>{t('loadFailed')}</strong> {explain(error, t, describe)}
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
