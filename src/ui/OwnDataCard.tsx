import './enterprise-card.css'
import { lazy, Suspense, useEffect, useId, useRef, type ReactNode, type Ref } from 'react'
import type { Enterprise } from '../domain/enterprise'
import { useI18n } from '../i18n/i18n'
import { localName } from '../i18n/localise'
import { LocalText } from '../i18n/LocalText'
import { CardSteps } from './CardSteps'
import { CloseButton } from './CloseButton'
import { revealFocused } from './reveal-focused'
import { useCardKeys } from './use-card-keys'

// The table is the only part the tour's card does not share; the built-in tour never loads it.
const PropertyTable = lazy(() =>
  import('./PropertyTable').then((module) => ({ default: module.PropertyTable })),
)

interface OwnDataCardProps {
  readonly ref?: Ref<HTMLElement>
  readonly enterprise: Enterprise
  /**
   * The tour's fields the feature has values for (src/ui/OwnTourFields.tsx), rendered by the
   * caller: they share the tour card's code, which is already loaded.
   */
  readonly tourFields: ReactNode
  readonly onClose: () => void
  readonly onPrevious: (() => void) | null
  readonly onNext: (() => void) | null
  readonly position: { readonly index: number; readonly count: number } | null
}

/**
 * The card for a file that is not the tour's: the feature's own properties as a table, and a
 * tour field only where the feature has a value for it. None of the tour's wording ("Visit date
 * not reported", "Evidence"…) is said about data that never spoke of a tour.
 */
export function OwnDataCard({
  ref,
  enterprise: e,
  tourFields,
  onClose,
  onPrevious,
  onNext,
  position,
}: OwnDataCardProps) {
  const { t, lang } = useI18n()
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(
    function focusNewCard() {
      heading.current?.focus()
    },
    [e.id],
  )
  useCardKeys({ onClose, onPrevious, onNext })
  const name = localName(e, lang)
  const otherName = lang === 'zh' ? (e.nameZh === null ? null : e.name) : e.nameZh
  return (
    <article className="tm-card" aria-labelledby={headingId} ref={ref} onFocus={revealFocused}>
      <header className="tm-card__header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          <LocalText value={name} />
        </h2>
        <CloseButton label={t('closeCard')} onClick={onClose} />
      </header>
      {otherName !== null && otherName !== name.text && (
        <p className="tm-card__other-name">
          <span lang={lang === 'zh' ? undefined : 'zh-CN'}>{otherName}</span>
        </p>
      )}
      {tourFields}
      <Suspense fallback={null}>
        <PropertyTable properties={e.ownProperties ?? {}} />
      </Suspense>
      {position !== null && (
        <CardSteps onPrevious={onPrevious} onNext={onNext} position={position} />
      )}
    </article>
  )
}
