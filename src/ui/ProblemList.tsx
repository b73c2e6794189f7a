import type { FeatureProblem } from '../domain/parse-dataset'

const MAX_LISTED = 50

/** Per-feature reasons, numbered as a person counts (feature 1 is the first). */
export function ProblemList({ problems }: { readonly problems: readonly FeatureProblem[] }) {
  const listed = problems.slice(0, MAX_LISTED)
  return (
    <ul className="tm-problems">
      {listed.map((problem) => (
        <li key={problem.index}>
          Feature {problem.index + 1}
          {problem.id !== null && <> (id “{problem.id}”)</>}: {problem.reasons.join(' ')}
        </li>
      ))}
      {problems.length > listed.length && (
        <li>…and {problems.length - listed.length} more features with problems.</li>
      )}
    </ul>
  )
}
