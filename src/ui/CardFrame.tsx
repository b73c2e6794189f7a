import './enterprise-card.css'
import { useEffect, useId, useRef, type ReactNode, type Ref } from 'react'
import { useI18n } from '../i18n/i18n'
import type { Localised } from '../i18n/localise'
import { LocalText } from '../i18n/LocalText'
import { CardSteps } from './CardSteps'
import { CloseButton } from './CloseButton'
import { revealFocused } from './reveal-focused'
import { useCardKeys } from './use-card-keys'

interface CardFrameProps {
  readonly ref?: Ref<HTMLElement>
  /** The feature shown; a new one moves focus to the heading. */
  readonly id: string
  readonly name: Localised
  readonly onClose: () => void
  readonly onPrevious: (() => void) | null
  readonly onNext: (() => void) | null
  readonly position: { readonly index: number; readonly count: number } | null
  readonly children: ReactNode
}

/**
 * What every card shares, the tour's and other data's: the named article, its heading (focused
 * when the feature changes), Close, the card's keys and Previous/Next at its foot.
 */
export function CardFrame({
  ref,
  id,
  name,
  onClose,
  onPrevious,
  onNext,
  position,
  children,
}: CardFrameProps) {
  const { t } = useI18n()
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(
    function focusNewCard() {
      heading.current?.focus()
    },
    [id],
  )
  useCardKeys({ onClose, onPrevious, onNext })
  return (
    <article className="tm-card" aria-labelledby={headingId} ref={ref} onFocus={revealFocused}>
      <header className="tm-card__header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          <LocalText value={name} />
        </h2>
        <CloseButton label={t('closeCard')} onClick={onClose} />
      </header>
      {children}
      {position !== null && (
        <CardSteps onPrevious={onPrevious} onNext={onNext} position={position} />
      )}
    </article>
  )
}
