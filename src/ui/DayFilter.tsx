import './filters.css'
import { isValueShown, UNKNOWN_DAY, type DayCount, type DaySelection } from '../domain/filter'
import { useI18n } from '../i18n/i18n'
import { formatShortDate } from '../i18n/localise'

interface DayFilterProps {
  readonly counts: readonly DayCount[]
  readonly selection: DaySelection
  readonly onToggle: (day: string, checked: boolean) => void
}

/** The tour-day strip: one box per day of the tour, plus "date not reported" so none is dropped. */
export function DayFilter({ counts, selection, onToggle }: DayFilterProps) {
  const { t, lang } = useI18n()
  if (counts.length === 0) return null
  return (
    <fieldset className="tm-filter tm-days">
      <legend>{t('visitDay')}</legend>
      <ul>
        {counts.map(({ day, count }) => (
          <li key={day}>
            <label>
              <input
                type="checkbox"
                checked={isValueShown(selection, day)}
                onChange={(event) => {
                  onToggle(day, event.currentTarget.checked)
                }}
              />
              <span>
                {day === UNKNOWN_DAY ? t('dateNotReported') : formatShortDate(day, lang)}{' '}
                <span className="tm-filter__count">({count})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
