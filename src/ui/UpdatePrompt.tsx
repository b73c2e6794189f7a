import { useSyncExternalStore } from 'react'
import { useI18n } from '../i18n/i18n'
import { subscribeToUpdate, waitingUpdate } from '../update-waiting'

/** "A new version is available — Reload", once the service worker has one waiting. */
export function UpdatePrompt() {
  const { t } = useI18n()
  const reload = useSyncExternalStore(subscribeToUpdate, waitingUpdate, () => null)
  if (reload === null) return null
  return (
    <div className="tm-update" aria-live="polite">
      {t('newVersion')}{' '}
      <button type="button" onClick={reload}>
        {t('reload')}
      </button>
    </div>
  )
}
