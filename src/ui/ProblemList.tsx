import './alert.css'
import type { FeatureProblem } from '../domain/parse-dataset'
import { groupProblems } from '../domain/problem-groups'
import { useI18n } from '../i18n/i18n'
import { useDescribe } from '../i18n/use-describe'

const MAX_LISTED = 50

/**
 * One entry per kind of problem, with how many features have it and which (numbered as a
 * person counts: feature 1 is the first), so a file with thousands of alike defects stays readable.
 */
export function ProblemList({ problems }: { readonly problems: readonly FeatureProblem[] }) {
  const { t } = useI18n()
  const describe = useDescribe()
  const groups = groupProblems(problems)
  const listed = groups.slice(0, MAX_LISTED)
  return (
    <ul className="tm-problems">
      {listed.map((group, i) => {
        const [first] = group.examples
        let label: string
        if (group.count > 1 || first === undefined) {
          const examples = group.examples.map((e) => String(e.number)).join(', ')
          label = t('featureGroupLabel', { count: group.count, examples })
        } else if (first.id === null) {
          label = t('featureLabel', { number: first.number })
        } else {
          label = t('featureLabelWithId', { number: first.number, id: first.id })
        }
        return (
          <li key={i}>
            {label}: {describe(group.reason)}
          </li>
        )
      })}
      {groups.length > listed.length && (
        <li>{t('moreProblemKinds', { count: groups.length - listed.length })}</li>
      )}
    </ul>
  )
}
