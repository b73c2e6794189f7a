import { useState } from 'react'
import { useI18n } from '../i18n/i18n'

type CopyState = 'idle' | 'copied' | 'failed'

/** Copies the current address, which holds the whole view (filters, card, map, language). */
export function CopyLinkButton() {
  const { t } = useI18n()
  const [state, setState] = useState<CopyState>('idle')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href)
      setState('copied')
    } catch {
      setState('failed')
    }
  }
  return (
    <span className="tm-copy">
      <button type="button" onClick={() => void copy()}>
        {t('copyLink')}
      </button>
      <span aria-live="polite" className="tm-copy__status">
        {state === 'copied' ? t('linkCopied') : state === 'failed' ? t('copyFailed') : ''}
      </span>
    </span>
  )
}
