import './filters.css'
import './enterprise-list.css'
import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react'
import type { Enterprise } from '../domain/enterprise'
import type { IndustrySlot } from '../domain/industry-style'
import { useI18n } from '../i18n/i18n'
import { formatShortDate, localIndustry, localName } from '../i18n/localise'
import { LocalText } from '../i18n/LocalText'
import { markerImageUrl } from '../marker-image'
import { useSiteRoot } from '../site'

interface EnterpriseListProps {
  /** Already filtered and in list order. */
  readonly enterprises: readonly Enterprise[]
  readonly selectedId: string | null
  readonly slots: ReadonlyMap<string, IndustrySlot>
  readonly onSelect: (id: string) => void
  /** Hover and focus light up the matching pin; null when the pointer or focus leaves. */
  readonly onHighlight: (id: string | null) => void
  readonly emptyMessage: React.ReactNode
  /** A file of one's own: its features, not the tour's enterprises, and no visit dates unless given. */
  readonly features?: boolean
}

/** The list twin of the map: every shown enterprise, reachable by keyboard and screen reader. */
export function EnterpriseList({
  enterprises,
  selectedId,
  slots,
  onSelect,
  onHighlight,
  emptyMessage,
  features = false,
}: EnterpriseListProps) {
  const { t, lang, locale } = useI18n()
  const root = useSiteRoot()
  const items = useRef(new Map<string, HTMLButtonElement>())
  const renderItem = (e: Enterprise) => (
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
        src={markerImageUrl(slots.get(e.industry) ?? 0, e.precision === 'city', root)}
        alt=""
      />
      <span className="tm-list__text">
        <span className="tm-list__name">
          <LocalText value={localName(e, lang)} />
        </span>
        <span className="tm-list__meta">
          <LocalText value={localIndustry(e.industry, lang)} />
          {e.visitDate !== null
            ? ` · ${formatShortDate(e.visitDate, lang)}`
            : !features && ` · ${t('dateNotReported')}`}
        </span>
      </span>
    </button>
  )
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
        {t(features ? 'listTitleFeatures' : 'listTitle')} ({enterprises.length})
      </h2>
      {enterprises.length === 0 ? (
        emptyMessage
      ) : enterprises.length > WINDOW_THRESHOLD ? (
        <WindowedList
          enterprises={enterprises}
          selectedId={selectedId}
          renderItem={renderItem}
          onLeave={() => {
            onHighlight(null)
          }}
          note={t('listWindowed', { count: enterprises.length.toLocaleString(locale) })}
        />
      ) : (
        <ol
          onMouseLeave={() => {
            onHighlight(null)
          }}
        >
          {enterprises.map((e) => (
            <li key={e.id}>{renderItem(e)}</li>
          ))}
        </ol>
      )}
    </section>
  )
}

/** Above this many entries only the rows in view are rendered. */
const WINDOW_THRESHOLD = 200
/** The one source of the row height; the stylesheet reads it as --tm-row-height. */
const ROW_PX = 56
const OVERSCAN = 8

interface WindowedListProps {
  readonly enterprises: readonly Enterprise[]
  readonly selectedId: string | null
  readonly renderItem: (e: Enterprise) => ReactNode
  readonly onLeave: () => void
  readonly note: string
}

/** A fixed-height scrolling window, so a list of 50 000 costs no more than one of 50. */
function WindowedList({ enterprises, selectedId, renderItem, onLeave, note }: WindowedListProps) {
  const scroller = useRef<HTMLDivElement>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const [height, setHeight] = useState(480)
  useEffect(function measure() {
    const element = scroller.current
    if (element === null) return
    setHeight(element.clientHeight || 480)
  }, [])
  useEffect(
    function revealSelected() {
      const element = scroller.current
      // No selection: no scan of up to 50 000 entries at every filter change.
      const index = selectedId === null ? -1 : enterprises.findIndex((e) => e.id === selectedId)
      if (element === null || index < 0) return
      const top = index * ROW_PX
      if (top < element.scrollTop || top + ROW_PX > element.scrollTop + element.clientHeight) {
        element.scrollTop = Math.max(0, top - element.clientHeight / 2)
      }
      // The window itself may be scrolled out of the panel.
      element.scrollIntoView({ block: 'nearest' })
    },
    [enterprises, selectedId],
  )
  const first = Math.max(0, Math.floor(scrollTop / ROW_PX) - OVERSCAN)
  const last = Math.min(enterprises.length, Math.ceil((scrollTop + height) / ROW_PX) + OVERSCAN)
  return (
    <>
      <p className="tm-hint">{note}</p>
      <div
        ref={scroller}
        className="tm-list__window"
        onScroll={(event) => {
          setScrollTop(event.currentTarget.scrollTop)
        }}
        onMouseLeave={onLeave}
      >
        <ol className="tm-list__rows" style={rowsStyle(enterprises.length)}>
          {enterprises.slice(first, last).map((e, offset) => (
            <li
              key={e.id}
              className="tm-list__row"
              style={{ top: (first + offset) * ROW_PX }}
              aria-posinset={first + offset + 1}
              aria-setsize={enterprises.length}
            >
              {renderItem(e)}
            </li>
          ))}
        </ol>
      </div>
    </>
  )
}

function rowsStyle(count: number): CSSProperties {
  return { height: count * ROW_PX, '--tm-row-height': `${String(ROW_PX)}px` } as CSSProperties
}
