import type { Tour } from '../domain/enterprise'
import { useI18n } from '../i18n/i18n'
import { localTourItems } from '../i18n/localise'
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
            items={localTourItems(tour, 'themes', lang)}
            label={t('themes')}
            render={(theme) => <LocalText value={theme} />}
          />
        </>
      )}
      {tour.officials.length > 0 && (
        <>
          <p>{t('officials')}</p>
          <BoundedList
            items={localTourItems(tour, 'officials', lang)}
            label={t('officials')}
            render={(official) => <LocalText value={official} />}
          />
        </>
      )}
    </>
  )
}
