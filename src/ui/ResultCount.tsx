import { useI18n } from '../i18n/i18n'

interface ResultCountProps {
  readonly shown: number
  readonly total: number
  /** A file of one's own holds features, not the tour's enterprises. */
  readonly features?: boolean
}

/** Live region: screen readers hear the new count after every filter change. */
export function ResultCount({ shown, total, features = false }: ResultCountProps) {
  const { t } = useI18n()
  let text = t('resultCount', { shown, total })
  if (features) {
    text =
      total === 1 ? t('resultCountFeature', { shown }) : t('resultCountFeatures', { shown, total })
  }
  return (
    <p role="status" className="tm-count">
      {text}
    </p>
  )
}
