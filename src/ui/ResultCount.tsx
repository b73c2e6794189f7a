import { useI18n } from '../i18n/i18n'

/** Live region: screen readers hear the new count after every filter change. */
export function ResultCount({ shown, total }: { readonly shown: number; readonly total: number }) {
  const { t } = useI18n()
  return (
    <p role="status" className="tm-count">
      {t('resultCount', { shown, total })}
    </p>
  )
}
