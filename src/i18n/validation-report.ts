import type { ParseOutcome } from '../domain/parse-dataset'
import { groupProblems } from '../domain/problem-groups'
import { formatProblem } from './format-problem'
import { problemMessagesEn, type ProblemMessages } from './problem-messages'

/** A plain-text report of a dataset check, as the validate-data command prints it. */
export function formatReport(
  name: string,
  outcome: ParseOutcome,
  messages: ProblemMessages = problemMessagesEn,
): string {
  const word = (p: Parameters<typeof formatProblem>[0]) => formatProblem(p, messages)
  const lines: string[] = []
  if (outcome.ok) {
    const shown = outcome.dataset.enterprises.length
    lines.push(
      `${name}: usable. ${String(shown)} ${shown === 1 ? 'feature' : 'features'} will be shown.`,
    )
  } else {
    lines.push(`${name}: NOT usable. ${word(outcome.error)}`)
  }
  // One line per kind of problem, so thousands of features with the same defect read as one.
  for (const group of groupProblems(outcome.problems)) {
    const [first] = group.examples
    if (group.count === 1 && first !== undefined) {
      const label = `Feature ${String(first.number)}${first.id === null ? '' : ` (id "${first.id}")`}`
      lines.push(`  ✗ ${label}: ${word(group.reason)}`)
    } else {
      const numbers = group.examples.map((e) => String(e.number)).join(', ')
      lines.push(
        `  ✗ ${String(group.count)} features (for example ${numbers}): ${word(group.reason)}`,
      )
    }
  }
  if (outcome.ok) {
    for (const warning of outcome.warnings) lines.push(`  ! ${word(warning)}`)
    if (outcome.problems.length > 0) {
      lines.push(`  ${String(outcome.problems.length)} skipped; fix them to show them too.`)
    }
  }
  return lines.join('\n')
}
