import { createContext, use } from 'react'
import type { Lang } from '../domain/lang'
import type { MessageKey, Messages } from './messages'

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

export function makeI18n(lang: Lang, dictionary: Dictionary): I18n {
  return {
    lang,
    locale: lang === 'zh' ? 'zh-CN' : 'en',
    t: makeTranslate(dictionary.messages),
  }
}

export function makeTranslate(messages: Messages): Translate {
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

// The English strings once loaded (loadEnglish): what a component outside an I18nProvider reads.
let english: Dictionary | null = null

/** English for components rendered without a provider; its strings must have been loaded. */
const outsideProvider: I18n = {
  lang: 'en',
  locale: 'en',
  t: (key, params) => {
    if (english === null) throw new Error('English strings used before loadEnglish() settled')
    return makeTranslate(english.messages)(key, params)
  },
}

export const I18nContext = createContext<I18n>(outsideProvider)

export function useI18n(): I18n {
  return use(I18nContext)
}

// Module-level promises: React's use() needs the same promise object on every render.
let chinese: Promise<Dictionary> | null = null
let englishLoading: Promise<Dictionary> | null = null

/**
 * Marked as React's use() reads a settled promise, so that a page that loaded the module before
 * hydrating (src/main.tsx) renders it at once instead of suspending.
 */
export function settled<T>(loading: Promise<T>): Promise<T> {
  // A failure is for the promise's own readers; this marking has nothing to add to it (left
  // unhandled, it was reported as an uncaught error on top).
  loading.then(
    (value) => Object.assign(loading, { status: 'fulfilled', value }),
    () => undefined,
  )
  return loading
}

/**
 * The English strings, fetched once: not part of the first download (issue #9), since the
 * prerendered page already shows them; they arrive beside the panel's and the card's code.
 */
export function loadEnglish(): Promise<Dictionary> {
  englishLoading ??= settled(
    import('./messages').then((module) => {
      english = { messages: module.en }
      return english
    }),
  )
  return englishLoading
}

/** The strings of a language, fetched once, on first use. */
export function loadDictionary(lang: Lang): Promise<Dictionary> {
  return lang === 'zh' ? loadChinese() : loadEnglish()
}

/** The Chinese strings, fetched once, on first use. */
export function loadChinese(): Promise<Dictionary> {
  chinese ??= settled(
    import('./messages-zh').then((module) => ({
      messages: module.zh,
      problems: module.problemMessagesZh,
    })),
  )
  return chinese
}
