import { useEffect, useRef } from 'react'
import type { LoadedDataset } from '../data'
import { fileHeading, NO_META } from '../domain/dataset-meta'
import { useI18n } from '../i18n/i18n'

/**
 * The browser tab names what is shown: the tour for the built-in dataset (or any file with a
 * `tour` member), otherwise the file itself, never the tour's facts for someone else's data.
 */
export function usePageTitle(loaded: LoadedDataset | null, builtIn: boolean): void {
  const { t, locale } = useI18n()
  // The language the page arrived in: a prerendered page already has its own title then.
  // (Read in the browser only: the prerender has no document.)
  const arrivedIn = useRef(typeof document === 'undefined' ? null : document.documentElement.lang)
  let title = builtIn ? t('pageTitleTour') : t('appTitle')
  if (loaded !== null) {
    const { tour, meta = NO_META } = loaded.dataset
    title =
      tour !== null
        ? t('pageTitleTour')
        : t('pageTitleFile', { name: fileHeading(meta, loaded.sourceName) ?? t('appTitle') })
  }
  const tourTitle = loaded?.dataset.tour !== null
  useEffect(
    function syncDocumentTitle() {
      // A prerendered tour page keeps its title (an enterprise's name on its own page) until the
      // reader changes language; other data always names itself.
      if (tourTitle && locale === arrivedIn.current) return
      document.title = title
    },
    [title, tourTitle, locale],
  )
}
