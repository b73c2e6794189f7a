import { useEffect, useMemo, type ReactNode } from 'react'
import type { Lang } from '../state/view-state'
import { I18nContext, makeTranslate, type I18n } from './i18n'

export function I18nProvider({
  lang,
  children,
}: {
  readonly lang: Lang
  readonly children: ReactNode
}) {
  const value = useMemo<I18n>(
    () => ({ lang, locale: lang === 'zh' ? 'zh-CN' : 'en', t: makeTranslate(lang) }),
    [lang],
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
