import './alert.css'
import { useMemo } from 'react'
import { useLoadProgress } from '../data'
import { useI18n } from '../i18n/i18n'

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${String(Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** "Loading…", and on a slow or large load how much has arrived, then how much is checked. */
export function LoadingStatus({ url }: { readonly url: string | null }) {
  const { t, locale } = useI18n()
  const { bytes, checked, total } = useLoadProgress(url)
  // One formatter, not one per call: toLocaleString(locale) builds a new one every time, about
  // a millisecond each, and this re-renders at every progress report.
  const numbers = useMemo(() => new Intl.NumberFormat(locale), [locale])
  let text = t('loading')
  if (total > 0) {
    text = t('loadingChecked', {
      checked: numbers.format(checked),
      total: numbers.format(total),
    })
  } else if (checked > 0) {
    // A large file is checked while it downloads; how many it holds is known only at its end.
    text = t('loadingCheckedSoFar', {
      received: formatBytes(bytes),
      checked: numbers.format(checked),
    })
  } else if (bytes > 0) text = t('loadingProgress', { received: formatBytes(bytes) })
  return (
    <p role="status" className="tm-loading">
      {text}
    </p>
  )
}
