import { use, useEffect, useMemo, type ReactNode } from 'react'
import type { Lang } from '../domain/lang'
import { englishDictionary, I18nContext, loadChinese, makeI18n } from './i18n'

export function I18nProvider({
  lang,
  children,
}: {
  readonly lang: Lang
  readonly children: ReactNode
}) {
  // English ships with the app; the first switch to Chinese suspends until its strings arrive.
  const dictionary = lang === 'en' ? englishDictionary : use(loadChinese())
  const value = useMemo(() => makeI18n(lang, dictionary), [lang, dictionary])
  useEffect(
    function syncDocumentLanguage() {
      // A prerendered page already has its language; the title names the dataset, so
      // src/app/use-page-title.ts sets it.
      if (document.documentElement.lang === value.locale) return
      document.documentElement.lang = value.locale
    },
    [value.locale],
  )
  return <I18nContext value={value}>{children}</I18nContext>
}
