import type { ParseOutcome } from '../domain/parse-dataset'
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
  for (const problem of outcome.problems) {
    const label = `Feature ${String(problem.index + 1)}${problem.id === null ? '' : ` (id "${problem.id}")`}`
    lines.push(`  ✗ ${label}: ${problem.reasons.map(word).join(' ')}`)
  }
  if (outcome.ok) {
    for (const warning of outcome.warnings) lines.push(`  ! ${word(warning)}`)
    if (outcome.problems.length > 0) {
      lines.push(`  ${String(outcome.problems.length)} skipped; fix them to show them too.`)
    }
  }
  return lines.join('\n')
}
