import { useEffect } from 'react'
import type { LoadedDataset } from '../data'
import { fileHeading, NO_META } from '../domain/dataset-meta'
import { useI18n } from '../i18n/i18n'

/**
 * The browser tab names what is shown: the tour for the built-in dataset (or any file with a
 * `tour` member), otherwise the file itself, never the tour's facts for someone else's data.
 */
export function usePageTitle(loaded: LoadedDataset | null, builtIn: boolean): void {
  const { t } = useI18n()
  let title = builtIn ? t('pageTitleTour') : t('appTitle')
  if (loaded !== null) {
    const { tour, meta = NO_META } = loaded.dataset
    title =
      tour !== null
        ? t('pageTitleTour')
        : t('pageTitleFile', { name: fileHeading(meta, loaded.sourceName) ?? t('appTitle') })
  }
  useEffect(
    function syncDocumentTitle() {
      document.title = title
    },
    [title],
  )
}
