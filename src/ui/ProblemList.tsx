import './alert.css'
import type { FeatureProblem } from '../domain/parse-dataset'
import { useI18n } from '../i18n/i18n'
import { useDescribe } from '../i18n/use-describe'

const MAX_LISTED = 50

/** Per-feature reasons, numbered as a person counts (feature 1 is the first). */
export function ProblemList({ problems }: { readonly problems: readonly FeatureProblem[] }) {
  const { t } = useI18n()
  const describe = useDescribe()
  const listed = problems.slice(0, MAX_LISTED)
  return (
    <ul className="tm-problems">
      {listed.map((problem) => (
        <li key={problem.index}>
          {problem.id === null
            ? t('featureLabel', { number: problem.index + 1 })
            : t('featureLabelWithId', { number: problem.index + 1, id: problem.id })}
          : {problem.reasons.map(describe).join(' ')}
        </li>
      ))}
      {problems.length > listed.length && (
        <li>{t('moreProblems', { count: problems.length - listed.length })}</li>
      )}
    </ul>
  )
}
