import { createContext, use } from 'react'
import type { Lang } from '../domain/lang'
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

/** Everything the interface says in one language; the validator's wording is in use-describe.ts. */
export interface Dictionary {
  readonly messages: Messages
}

export const englishDictionary: Dictionary = { messages: en }

export function makeI18n(lang: Lang, dictionary: Dictionary): I18n {
  return {
    lang,
    locale: lang === 'zh' ? 'zh-CN' : 'en',
    t: makeTranslate(dictionary.messages),
  }
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

export const I18nContext = createContext<I18n>(makeI18n('en', englishDictionary))

export function useI18n(): I18n {
  return use(I18nContext)
}

// Module-level promises: React's use() needs the same promise object on every render.
let chinese: Promise<Dictionary> | null = null

/** The Chinese strings, fetched once, on first use; English ships with the app. */
export function loadChinese(): Promise<Dictionary> {
  if (chinese === null) {
    const loading = import('./messages-zh').then((module) => ({
      messages: module.zh,
      problems: module.problemMessagesZh,
    }))
    // Marked as React's use() reads a settled promise, so a page that loaded the strings before
    // hydrating (src/main.tsx) renders Chinese at once instead of suspending.
    void loading.then((value) => Object.assign(loading, { status: 'fulfilled', value }))
    chinese = loading
  }
  return chinese
}
