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
      // A prerendered page in this language already has its own title (an enterprise's name).
      if (document.documentElement.lang === value.locale) return
      document.documentElement.lang = value.locale
      document.title =
        lang === 'zh'
          ? '调研地图 · 2024年3月吉林市调研'
          : 'Tour Map · Jilin City inspection tour, March 2024'
    },
    [value.locale, lang],
  )
  return <I18nContext value={value}>{children}</I18nContext>
}
