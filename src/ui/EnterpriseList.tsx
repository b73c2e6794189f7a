import { useEffect, useRef } from 'react'
import type { Enterprise } from '../domain/enterprise'
import type { IndustrySlot } from '../domain/industry-style'
import { useI18n } from '../i18n/i18n'
import { formatShortDate, localIndustry, localName } from '../i18n/localise'
import { Text } from '../i18n/Text'
import { markerImageUrl } from '../marker-image'

interface EnterpriseListProps {
  /** Already filtered and in list order. */
  readonly enterprises: readonly Enterprise[]
  readonly selectedId: string | null
  readonly slots: ReadonlyMap<string, IndustrySlot>
  readonly onSelect: (id: string) => void
  /** Hover and focus light up the matching pin; null when the pointer or focus leaves. */
  readonly onHighlight: (id: string | null) => void
  readonly emptyMessage: React.ReactNode
}

/** The list twin of the map: every shown enterprise, reachable by keyboard and screen reader. */
export function EnterpriseList({
  enterprises,
  selectedId,
  slots,
  onSelect,
  onHighlight,
  emptyMessage,
}: EnterpriseListProps) {
  const { t, lang } = useI18n()
  const items = useRef(new Map<string, HTMLButtonElement>())
  useEffect(
    function scrollSelectionIntoView() {
      if (selectedId === null) return
      items.current.get(selectedId)?.scrollIntoView({ block: 'nearest' })
    },
    [selectedId],
  )
  return (
    <section className="tm-list" aria-labelledby="tm-list-title">
      <h2 id="tm-list-title">
        {t('listTitle')} ({enterprises.length})
      </h2>
      {enterprises.length === 0 ? (
        emptyMessage
      ) : (
        <ol
          onMouseLeave={() => {
            onHighlight(null)
          }}
        >
          {enterprises.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                ref={(element) => {
                  if (element === null) items.current.delete(e.id)
                  else items.current.set(e.id, element)
                }}
                className="tm-list__item"
                aria-current={e.id === selectedId ? 'true' : undefined}
                onClick={() => {
                  onSelect(e.id)
                }}
                onMouseEnter={() => {
                  onHighlight(e.id)
                }}
                onFocus={() => {
                  onHighlight(e.id)
                }}
                onBlur={() => {
                  onHighlight(null)
                }}
              >
                <img
                  className="tm-filter__pin"
                  src={markerImageUrl(slots.get(e.industry) ?? 0, e.precision === 'city')}
                  alt=""
                />
                <span className="tm-list__text">
                  <span className="tm-list__name">
                    <Text value={localName(e, lang)} />
                  </span>
                  <span className="tm-list__meta">
                    <Text value={localIndustry(e.industry, lang)} /> ·{' '}
                    {e.visitDate === null
                      ? t('dateNotReported')
                      : formatShortDate(e.visitDate, lang)}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
