import type { FeatureProblem } from '../domain/parse-dataset'
import { ProblemList } from './ProblemList'

interface DatasetNoticesProps {
  readonly problems: readonly FeatureProblem[]
  readonly warnings: readonly string[]
}

/** Shown when a dataset loaded but parts of it were skipped. */
export function DatasetNotices({ problems, warnings }: DatasetNoticesProps) {
  if (problems.length === 0 && warnings.length === 0) return null
  return (
    <div role="alert" className="tm-alert tm-alert--warning">
      {problems.length > 0 && (
        <>
          <p>
            <strong>
              {problems.length === 1
                ? '1 feature of the dataset is not shown:'
                : `${String(problems.length)} features of the dataset are not shown:`}
            </strong>
          </p>
          <ProblemList problems={problems} />
        </>
      )}
      {warnings.map((warning, i) => (
        <p key={i}>{warning}</p>
      ))}
    </div>
  )
}
