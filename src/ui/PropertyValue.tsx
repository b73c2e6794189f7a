import { useState } from 'react'
import { clip } from '../domain/clip'
import { toSafeHttpUrl } from '../domain/safe-url'
import { useI18n } from '../i18n/i18n'
import { ownDataWords } from '../i18n/own-data-words'

/** Longer values are shortened until the reader asks for all of them. */
const SHORT = 160
/** Even "Show all" stops here, so a megabyte-long hostile value cannot swamp the page. */
const LONGEST = 20_000

/**
 * One property value as text. An http(s) address is a link; any other scheme (javascript:,
 * data:, file:) stays plain text. Booleans and numbers are shown as the file writes them.
 */
export function PropertyValue({ value }: { readonly value: string | number | boolean }) {
  const words = ownDataWords(useI18n().lang)
  const [whole, setWhole] = useState(false)
  const text = String(value)
  const url = typeof value === 'string' ? toSafeHttpUrl(value.trim()) : null
  const shown = clip(text, whole ? LONGEST : SHORT)
  const long = text.length > SHORT
  return (
    <>
      {url === null ? (
        <span className="tm-prop__text">{shown.text}</span>
      ) : (
        <a href={url.href} target="_blank" rel="noopener noreferrer">
          {shown.text}
        </a>
      )}
      {long && (
        <>
          {' '}
          <button
            type="button"
            className="tm-prop__more"
            aria-expanded={whole}
            onClick={() => {
              setWhole(!whole)
            }}
          >
            {whole ? words.showLess : words.showWhole}
          </button>
        </>
      )}
    </>
  )
}
