import { useI18n } from '../i18n/i18n'

interface CardStepsProps {
  readonly onPrevious: (() => void) | null
  readonly onNext: (() => void) | null
  readonly position: { readonly index: number; readonly count: number }
}

/** Previous and Next at a card's foot, through the enterprises shown, in list order. */
export function CardSteps({ onPrevious, onNext, position }: CardStepsProps) {
  const { t } = useI18n()
  const where = t('positionInList', { position: position.index + 1, count: position.count })
  return (
    <nav className="tm-card__steps" aria-label={where}>
      <button type="button" onClick={onPrevious ?? undefined} disabled={onPrevious === null}>
        ← {t('previous')}
      </button>
      <span aria-hidden="true">{where}</span>
      <button type="button" onClick={onNext ?? undefined} disabled={onNext === null}>
        {t('next')} →
      </button>
    </nav>
  )
}
