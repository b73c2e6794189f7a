import './filters.css'
import { useId } from 'react'
import { useI18n } from '../i18n/i18n'

interface PropertyChoicesProps {
  readonly labelChoices: readonly string[]
  readonly groupChoices: readonly string[]
  readonly label: string | null
  readonly group: string | null
  /** null: back to `name`. */
  readonly onLabel: (key: string | null) => void
  /** "industry": the data's own industry field. */
  readonly onGroup: (key: string) => void
}

/**
 * "Label from" and "Group by" for data with properties of its own (never for the built-in
 * tour, whose fields are all known): the reader picks which property names and groups the pins.
 */
export function PropertyChoices(props: PropertyChoicesProps) {
  const { t } = useI18n()
  const labelId = useId()
  const groupId = useId()
  if (props.labelChoices.length === 0) return null
  return (
    <div className="tm-choices">
      <label htmlFor={labelId}>{t('labelFrom')}</label>
      <select
        id={labelId}
        value={props.label ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value
          props.onLabel(value === '' ? null : value)
        }}
      >
        <option value="">{t('labelFromName')}</option>
        {props.labelChoices.map((key) => (
          <option key={key} value={key}>
            {key}
          </option>
        ))}
      </select>
      <label htmlFor={groupId}>{t('groupBy')}</label>
      <select
        id={groupId}
        value={props.group ?? 'industry'}
        onChange={(event) => {
          props.onGroup(event.currentTarget.value)
        }}
      >
        <option value="industry">{t('groupByIndustry')}</option>
        {props.groupChoices.map((key) => (
          <option key={key} value={key}>
            {key}
          </option>
        ))}
      </select>
    </div>
  )
}
