import './filters.css'
import type { IndustryCount, IndustrySelection } from '../domain/filter'
import { isValueShown } from '../domain/filter'
import type { IndustrySlot } from '../domain/industry-style'
import { useI18n } from '../i18n/i18n'
import { localIndustry } from '../i18n/localise'
import { LocalText } from '../i18n/LocalText'
import { markerImageUrl } from '../marker-image'
import { useSiteRoot } from '../site'

interface IndustryFilterProps {
  readonly counts: readonly IndustryCount[]
  readonly selection: IndustrySelection
  readonly slots: ReadonlyMap<string, IndustrySlot>
  readonly onToggle: (industry: string, checked: boolean) => void
  readonly onSelectAll: (all: boolean) => void
  /** The property that groups other people's data, named as the data names it; null: industry. */
  readonly groupName?: string | null
}

/** The industry legend and filter in one: each pin style next to the box that shows or hides it. */
export function IndustryFilter({
  counts,
  selection,
  slots,
  onToggle,
  onSelectAll,
  groupName = null,
}: IndustryFilterProps) {
  const { t, lang } = useI18n()
  const root = useSiteRoot()
  return (
    <fieldset className="tm-filter">
      <legend>{groupName ?? t('industry')}</legend>
      <ul>
        {counts.map(({ industry, count }) => (
          <li key={industry}>
            <label>
              <input
                type="checkbox"
                checked={isValueShown(selection, industry)}
                onChange={(event) => {
                  onToggle(industry, event.currentTarget.checked)
                }}
              />
              <img
                className="tm-filter__pin"
                src={markerImageUrl(slots.get(industry) ?? 0, false, root)}
                alt=""
              />
              <span>
                <LocalText value={localIndustry(industry, lang)} />{' '}
                <span className="tm-filter__count">({count})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div className="tm-filter__actions">
        <button
          type="button"
          onClick={() => {
            onSelectAll(true)
          }}
          disabled={selection === null}
        >
          {t('showAll')}
        </button>
        <button
          type="button"
          onClick={() => {
            onSelectAll(false)
          }}
          disabled={selection !== null && selection.length === 0}
        >
          {t('hideAll')}
        </button>
      </div>
    </fieldset>
  )
}
