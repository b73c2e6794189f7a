import { clip } from '../domain/clip'
import { useI18n } from './i18n'
import type { Localised } from './localise'

/**
 * Longest text shown in one place; the rest stays in the data and in downloads. Long enough for
 * the editors' own notes (the longest is about 420 characters), short enough that a hostile
 * megabyte-long value cannot swamp the card.
 */
const DEFAULT_MAX = 1000

/**
 * Renders a localised string with its language, a small "original" tag when untranslated, and
 * a "shortened" tag when it was too long to show whole.
 */
export function LocalText({
  value,
  max = DEFAULT_MAX,
}: {
  readonly value: Localised
  readonly max?: number
}) {
  const { t } = useI18n()
  const shown = clip(value.text, max)
  return (
    <>
      <span lang={value.lang}>{shown.text}</span>
      {shown.clipped && <span className="tm-original"> {t('truncated')}</span>}
      {value.original && <span className="tm-original"> ({t('original')})</span>}
    </>
  )
}
