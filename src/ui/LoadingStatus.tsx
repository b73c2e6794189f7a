import './alert.css'
import { useLoadProgress } from '../data/load-progress'
import { useI18n } from '../i18n/i18n'

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${String(Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** "Loading…", and on a slow or large download how much has arrived. */
export function LoadingStatus({ url }: { readonly url: string | null }) {
  const { t } = useI18n()
  const received = useLoadProgress(url)
  return (
    <p role="status" className="tm-loading">
      {received > 0 ? t('loadingProgress', { received: formatBytes(received) }) : t('loading')}
    </p>
  )
}
