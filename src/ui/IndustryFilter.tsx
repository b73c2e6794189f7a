import type { IndustryCount, IndustrySelection } from '../domain/filter'
import { isIndustryShown } from '../domain/filter'
import type { IndustrySlot } from '../domain/industry-style'
import { markerImageUrl } from '../marker-image'

interface IndustryFilterProps {
  readonly counts: readonly IndustryCount[]
  readonly selection: IndustrySelection
  readonly slots: ReadonlyMap<string, IndustrySlot>
  readonly onToggle: (industry: string, checked: boolean) => void
  readonly onSelectAll: (all: boolean) => void
}

/** The industry legend and filter in one: each pin style next to the box that shows or hides it. */
export function IndustryFilter({
  counts,
  selection,
  slots,
  onToggle,
  onSelectAll,
}: IndustryFilterProps) {
  return (
    <fieldset className="tm-filter">
      <legend>Industry</legend>
      <ul>
        {counts.map(({ industry, count }) => (
          <li key={industry}>
            <label>
              <input
                type="checkbox"
                checked={isIndustryShown(selection, industry)}
                onChange={(event) => {
                  onToggle(industry, event.currentTarget.checked)
                }}
              />
              <img
                className="tm-filter__pin"
                src={markerImageUrl(slots.get(industry) ?? 0, false)}
                alt=""
              />
              <span>
                {industry} <span className="tm-filter__count">({count})</span>
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
          Show all
        </button>
        <button
          type="button"
          onClick={() => {
            onSelectAll(false)
          }}
          disabled={selection !== null && selection.length === 0}
        >
          Hide all
        </button>
      </div>
    </fieldset>
  )
}
