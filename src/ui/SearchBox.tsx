import './search-box.css'
import { useId } from 'react'
import { useI18n } from '../i18n/i18n'
import { CloseButton } from './CloseButton'

interface SearchBoxProps {
  readonly value: string
  readonly onChange: (value: string) => void
  /** A file of one's own: search covers its properties, not the tour's industries and topics. */
  readonly features?: boolean
}

/** One box over names (both languages), industry, district and topics. */
export function SearchBox({ value, onChange, features = false }: SearchBoxProps) {
  const { t } = useI18n()
  const id = useId()
  return (
    <div className="tm-search" role="search">
      <label htmlFor={id}>{t('search')}</label>
      <div className="tm-search__row">
        <input
          id={id}
          type="search"
          value={value}
          placeholder={t(features ? 'searchPlaceholderFeatures' : 'searchPlaceholder')}
          autoComplete="off"
          onChange={(event) => {
            onChange(event.currentTarget.value)
          }}
        />
        {value !== '' && (
          <CloseButton
            label={t('clearSearch')}
            onClick={() => {
              onChange('')
            }}
          />
        )}
      </div>
    </div>
  )
}
