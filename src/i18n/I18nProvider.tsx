import { use, useEffect, useMemo, type ReactNode } from 'react'
import type { Lang } from '../domain/lang'
import { I18nContext, loadDictionary, makeI18n } from './i18n'

export function I18nProvider({
  lang,
  children,
}: {
  readonly lang: Lang
  readonly children: ReactNode
}) {
  // Each language's strings load on first use (src/main.tsx asks for them before hydrating);
  // until they arrive the nearest Suspense boundary shows its fallback.
  const dictionary = use(loadDictionary(lang))
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
