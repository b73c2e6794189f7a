import type { ParseOutcome } from './parse-dataset'

/** A plain-text report of a dataset check, as the validate-data command prints it. */
export function formatReport(name: string, outcome: ParseOutcome): string {
  const lines: string[] = []
  if (outcome.ok) {
    const shown = outcome.dataset.enterprises.length
    lines.push(
      `${name}: usable. ${String(shown)} ${shown === 1 ? 'feature' : 'features'} will be shown.`,
    )
  } else {
    lines.push(`${name}: NOT usable. ${outcome.error}`)
  }
  for (const problem of outcome.problems) {
    const label = `Feature ${String(problem.index + 1)}${problem.id === null ? '' : ` (id "${problem.id}")`}`
    lines.push(`  ✗ ${label}: ${problem.reasons.join(' ')}`)
  }
  if (outcome.ok) {
    for (const warning of outcome.warnings) lines.push(`  ! ${warning}`)
    if (outcome.problems.length > 0) {
      lines.push(`  ${String(outcome.problems.length)} skipped; fix them to show them too.`)
    }
  }
  return lines.join('\n')
}
