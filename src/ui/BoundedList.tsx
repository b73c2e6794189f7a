import type { ReactNode } from 'react'
import { firstItems } from '../domain/clip'
import { useI18n } from '../i18n/i18n'

const MAX_ITEMS = 50

interface BoundedListProps<T> {
  readonly items: readonly T[]
  readonly label: string
  readonly className?: string
  readonly render: (item: T) => ReactNode
}

/** A list that shows at most fifty entries, so a dataset with thousands cannot swamp the card. */
export function BoundedList<T>({ items, label, className, render }: BoundedListProps<T>) {
  const { t } = useI18n()
  const { shown, hidden } = firstItems(items, MAX_ITEMS)
  return (
    <ul aria-label={label} className={className}>
      {shown.map((item, i) => (
        <li key={i}>{render(item)}</li>
      ))}
      {hidden > 0 && <li className="tm-hint">{t('moreItems', { count: hidden })}</li>}
    </ul>
  )
}
