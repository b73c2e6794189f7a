import type { Problem } from '../../src/domain/problem'
import { formatProblem } from '../../src/i18n/format-problem'
import { problemMessagesEn } from '../../src/i18n/problem-messages'

/** A validator problem as an English reader sees it. */
export function english(problem: Problem): string {
  return formatProblem(problem, problemMessagesEn)
}
