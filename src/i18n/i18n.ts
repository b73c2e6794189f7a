import { createContext, use } from 'react'
import type { Lang } from '../state/view-state'
import { en, type MessageKey, type Messages } from './messages'

export type Translate = (
  key: MessageKey,
  params?: Readonly<Record<string, string | number>>,
) => string

export interface I18n {
  readonly lang: Lang
  /** BCP 47 tag for lang attributes and Intl. */
  readonly locale: 'en' | 'zh-CN'
  readonly t: Translate
}

export function makeTranslate(messages: Messages = en): Translate {
  return (key, params) =>
    messages[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      params !== undefined && name in params ? String(params[name]) : match,
    )
}

/** The first of the browser's languages that the app speaks; English otherwise. */
export function browserLang(languages: readonly string[]): Lang {
  for (const language of languages) {
    const tag = language.toLowerCase()
    if (tag.startsWith('zh')) return 'zh'
    if (tag.startsWith('en')) return 'en'
  }
  return 'en'
}

export const I18nContext = createContext<I18n>({ lang: 'en', locale: 'en', t: makeTranslate(en) })

export function useI18n(): I18n {
  return use(I18nContext)
}

// Module-level promises: React's use() needs the same promise object on every render.
const english = Promise.resolve(en)
let chinese: Promise<Messages> | null = null

/** The Chinese strings, fetched once, on first use; English ships with the app. */
export function loadMessages(lang: Lang): Promise<Messages> {
  if (lang === 'en') return english
  chinese ??= import('./messages-zh').then((module) => module.zh)
  return chinese
}
