import { useState } from 'react'
import { useI18n } from '../i18n/i18n'
import { shareableUrl } from '../site'

type CopyState = 'idle' | 'copied' | 'failed'

/** Copies the view's address (filters, card, map, language); an open card gives its own page. */
export function CopyLinkButton() {
  const { t } = useI18n()
  const [state, setState] = useState<CopyState>('idle')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareableUrl())
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
