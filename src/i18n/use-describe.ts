import { use, useCallback } from 'react'
import type { Lang } from '../domain/lang'
import type { Problem } from '../domain/problem'
import { formatProblem } from './format-problem'
import { useI18n } from './i18n'
import type { ProblemMessages } from './problem-messages'

// One promise per language: React's use() needs the same promise object on every render.
const loading: Partial<Record<Lang, Promise<ProblemMessages>>> = {}

/** The validator's wording, loaded on first use: only a dataset with problems needs it. */
function problemMessages(lang: Lang): Promise<ProblemMessages> {
  loading[lang] ??=
    lang === 'zh'
      ? import('./messages-zh').then((module) => module.problemMessagesZh)
      : import('./problem-messages').then((module) => module.problemMessagesEn)
  return loading[lang]
}

/** Words a dataset problem from the validator in the reader's language (suspends until loaded). */
export function useDescribe(): (problem: Problem) => string {
  const { lang } = useI18n()
  const messages = use(problemMessages(lang))
  return useCallback((problem: Problem) => formatProblem(problem, messages), [messages])
}
