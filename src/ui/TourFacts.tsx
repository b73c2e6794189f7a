import type { Tour } from '../domain/enterprise'
import { useI18n } from '../i18n/i18n'
import { englishOnly } from '../i18n/localise'
import { LocalText } from '../i18n/LocalText'
import { BoundedList } from './BoundedList'

/** The inspection tour's themes and the officials who took part, as the sources give them. */
export function TourFacts({ tour }: { readonly tour: Tour }) {
  const { t, lang } = useI18n()
  return (
    <>
      {tour.themes.length > 0 && (
        <>
          <p>{t('themes')}</p>
          <BoundedList
            items={tour.themes}
            label={t('themes')}
            render={(theme) => <LocalText value={englishOnly(theme, lang)} />}
          />
        </>
      )}
      {tour.officials.length > 0 && (
        <>
          <p>{t('officials')}</p>
          <BoundedList
            items={tour.officials}
            label={t('officials')}
            render={(official) => <LocalText value={englishOnly(official, lang)} />}
          />
        </>
      )}
    </>
  )
}
