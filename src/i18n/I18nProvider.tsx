import { use, useEffect, useMemo, type ReactNode } from 'react'
import type { Lang } from '../state/view-state'
import { I18nContext, loadMessages, makeTranslate, type I18n } from './i18n'
import { en } from './messages'

export function I18nProvider({
  lang,
  children,
}: {
  readonly lang: Lang
  readonly children: ReactNode
}) {
  // English ships with the app; the first switch to Chinese suspends until its strings arrive.
  const messages = lang === 'en' ? en : use(loadMessages(lang))
  const value = useMemo<I18n>(
    () => ({ lang, locale: lang === 'zh' ? 'zh-CN' : 'en', t: makeTranslate(messages) }),
    [lang, messages],
  )
  useEffect(
    function syncDocumentLanguage() {
      document.documentElement.lang = value.locale
      document.title =
        lang === 'zh'
          ? '考察地图 · 2024年3月吉林市调研'
          : 'Tour Map · Jilin City inspection tour, March 2024'
    },
    [value.locale, lang],
  )
  return <I18nContext value={value}>{children}</I18nContext>
}
