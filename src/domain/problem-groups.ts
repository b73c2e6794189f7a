import type { FeatureProblem } from './parse-dataset'
import type { Problem } from './problem'

/** One kind of problem and the features that have it, so a file with 4 811 unnamed points reads as one line. */
export interface ProblemGroup {
  /** The first feature's wording of it; the others differ at most in the values they quote. */
  readonly reason: Problem
  readonly count: number
  /** The first few features with it, as a reader counts them (1-based) with their ids. */
  readonly examples: readonly { readonly number: number; readonly id: string | null }[]
}

/** Reasons are of one kind when their code and their field, member or type names agree. */
function kindOf(reason: Problem): string {
  const names: string[] = []
  for (const [name, value] of Object.entries(reason.params ?? {})) {
    if (typeof value === 'string' && name !== 'id' && name !== 'date')
      names.push(`${name}=${value}`)
  }
  return [reason.code, ...names].join('|')
}

/** Every reason of every feature, grouped by kind in order of first appearance. */
export function groupProblems(
  problems: readonly FeatureProblem[],
  maxExamples = 3,
): ProblemGroup[] {
  const groups = new Map<
    string,
    { reason: Problem; count: number; examples: ProblemGroup['examples'][number][] }
  >()
  for (const feature of problems) {
    for (const reason of feature.reasons) {
      const key = kindOf(reason)
      let group = groups.get(key)
      if (group === undefined) {
        group = { reason, count: 0, examples: [] }
        groups.set(key, group)
      }
      group.count += 1
      if (group.examples.length < maxExamples) {
        group.examples.push({ number: feature.index + 1, id: feature.id })
      }
    }
  }
  return [...groups.values()]
}
