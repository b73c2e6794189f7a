import { useI18n } from './i18n'
import type { Localised } from './localise'

/** Renders a localised string with its language, and a small "original" tag when untranslated. */
export function Text({ value }: { readonly value: Localised }) {
  const { t } = useI18n()
  return (
    <>
      <span lang={value.lang}>{value.text}</span>
      {value.original && <span className="tm-original"> ({t('original')})</span>}
    </>
  )
}
