import './basemap-notice.css'
import { useI18n } from '../i18n/i18n'
import type { BasemapChoice } from './use-basemap-choice'

/** Says which basemap replaced the one that could not be reached, or that none could be. */
export function BasemapNotice({ choice }: { readonly choice: BasemapChoice }) {
  const { t } = useI18n()
  if (choice.failed === null) return null
  return (
    <p className="tm-banner" aria-live="polite">
      {choice.current === null
        ? t('basemapNone')
        : t('basemapFallback', { from: choice.failed.name, to: choice.current.name })}
    </p>
  )
}
