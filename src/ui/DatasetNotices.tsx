import './alert.css'
import type { FeatureProblem } from '../domain/parse-dataset'
import type { Problem } from '../domain/problem'
import { useI18n } from '../i18n/i18n'
import { useDescribe } from '../i18n/use-describe'
import { ProblemList } from './ProblemList'

interface DatasetNoticesProps {
  readonly problems: readonly FeatureProblem[]
  readonly warnings: readonly Problem[]
}

/** Shown when a dataset loaded but parts of it were skipped. */
export function DatasetNotices({ problems, warnings }: DatasetNoticesProps) {
  if (problems.length === 0 && warnings.length === 0) return null
  return <Notices problems={problems} warnings={warnings} />
}

/** Apart, so that a dataset without problems never loads the validator's wording. */
function Notices({ problems, warnings }: DatasetNoticesProps) {
  const { t } = useI18n()
  const describe = useDescribe()
  return (
    <div role="alert" className="tm-alert tm-alert--warning">
      {problems.length > 0 && (
        <>
          <p>
            <strong>
              {problems.length === 1
                ? t('notShownOne')
                : t('notShownMany', { count: problems.length })}
            </strong>
          </p>
          <ProblemList problems={problems} />
        </>
      )}
      {warnings.map((warning, i) => (
        <p key={i}>{describe(warning)}</p>
      ))}
    </div>
  )
}
