import './alert.css'
import { useI18n } from '../i18n/i18n'

/** The message an ErrorBoundary shows in place of a part that crashed. */
export function PartFailed({
  part,
  onRetry,
}: {
  readonly part: string
  readonly onRetry: () => void
}) {
  const { t } = useI18n()
  return (
    <div role="alert" className="tm-alert tm-part-failed">
      <p>{t('partFailed', { part })}</p>
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  )
}
