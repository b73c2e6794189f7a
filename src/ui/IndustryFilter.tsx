import type { IndustryCount, IndustrySelection } from '../domain/filter'
import { isIndustryShown } from '../domain/filter'

interface IndustryFilterProps {
  readonly counts: readonly IndustryCount[]
  readonly selection: IndustrySelection
  readonly onToggle: (industry: string, checked: boolean) => void
  readonly onSelectAll: (all: boolean) => void
}

export function IndustryFilter({ counts, selection, onToggle, onSelectAll }: IndustryFilterProps) {
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
              />{' '}
              {industry} <span className="tm-filter__count">({count})</span>
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
