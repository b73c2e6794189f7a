import './own-data-card.css'
import { useId } from 'react'
import { clip } from '../domain/clip'
import type { ShapeKind } from '../domain/feature-shape'
import { useI18n } from '../i18n/i18n'
import { ownDataWords } from '../i18n/own-data-words'
import { PropertyValue } from './PropertyValue'

/** More rows than this are left out of the card (they stay in the data and in downloads). */
const MAX_ROWS = 200

/** A feature's own properties, key against value, in the file's order; for a shape, what it is. */
export function PropertyTable({
  properties,
  shapeKind,
}: {
  readonly properties: Readonly<Record<string, string | number | boolean>>
  /** A line or an area says so, since its pin alone does not tell where it lies. */
  readonly shapeKind?: ShapeKind | null
}) {
  const { lang } = useI18n()
  const words = ownDataWords(lang)
  return (
    <>
      {shapeKind != null && <p className="tm-card__note">{words.shape[shapeKind]}</p>}
      <Properties properties={properties} />
    </>
  )
}

function Properties({
  properties,
}: {
  readonly properties: Readonly<Record<string, string | number | boolean>>
}) {
  const { t, lang } = useI18n()
  const words = ownDataWords(lang)
  const captionId = useId()
  const rows = Object.entries(properties)
  if (rows.length === 0) return <p className="tm-card__note">{words.noOwnProperties}</p>
  return (
    <table className="tm-props" aria-labelledby={captionId}>
      <caption id={captionId}>{words.ownProperties}</caption>
      <thead>
        <tr>
          <th scope="col">{words.propertyKey}</th>
          <th scope="col">{words.propertyValue}</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, MAX_ROWS).map(([key, value]) => (
          <tr key={key}>
            <th scope="row">{clip(key, 120).text}</th>
            <td>
              <PropertyValue value={value} />
            </td>
          </tr>
        ))}
      </tbody>
      {rows.length > MAX_ROWS && (
        <tfoot>
          <tr>
            <td colSpan={2}>{t('moreItems', { count: rows.length - MAX_ROWS })}</td>
          </tr>
        </tfoot>
      )}
    </table>
  )
}
