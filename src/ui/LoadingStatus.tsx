import './alert.css'
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
  let text = t('loading')
  if (total > 0) {
    text = t('loadingChecked', {
      checked: checked.toLocaleString(locale),
      total: total.toLocaleString(locale),
    })
  } else if (bytes > 0) text = t('loadingProgress', { received: formatBytes(bytes) })
  return (
    <p role="status" className="tm-loading">
      {text}
    </p>
  )
}
