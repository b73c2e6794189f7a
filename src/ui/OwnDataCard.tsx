import { Suspense, type ReactNode, type Ref } from 'react'
import type { Enterprise } from '../domain/enterprise'
import { shapeKind } from '../domain/feature-shape'
import { useI18n } from '../i18n/i18n'
import { localName } from '../i18n/localise'
import { CardFrame } from './CardFrame'
import { codePart } from './code-part'
import { loadPropertyTable } from './property-table-code'

// The table is the only part the tour's card does not share; the built-in tour never loads it.
// Once its code is here (property-table-code.ts), it renders with the card.
const PropertyTable = codePart(loadPropertyTable)

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
  const { lang } = useI18n()
  const name = localName(e, lang)
  const otherName = lang === 'zh' ? (e.nameZh === null ? null : e.name) : e.nameZh
  return (
    <CardFrame
      ref={ref}
      id={e.id}
      name={name}
      onClose={onClose}
      onPrevious={onPrevious}
      onNext={onNext}
      position={position}
    >
      {otherName !== null && otherName !== name.text && (
        <p className="tm-card__other-name">
          <span lang={lang === 'zh' ? undefined : 'zh-CN'}>{otherName}</span>
        </p>
      )}
      {tourFields}
      <Suspense fallback={null}>
        <PropertyTable
          properties={e.ownProperties ?? {}}
          shapeKind={e.shape === undefined ? null : shapeKind(e.shape)}
        />
      </Suspense>
    </CardFrame>
  )
}
