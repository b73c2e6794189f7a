import './precision-legend.css'
import { useId } from 'react'
import { useI18n } from '../i18n/i18n'
import { markerImageUrl } from '../marker-image'
import { useSiteRoot } from '../site'

/** How each location precision is drawn; the same rows appear in the About panel. */
export function PrecisionLegend({ cityName }: { readonly cityName: string | null }) {
  const { t } = useI18n()
  const root = useSiteRoot()
  const solid = markerImageUrl(0, false, root)
  const titleId = useId()
  return (
    <section className="tm-legend" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('legendTitle')}</h2>
      <ul>
        <li>
          <img src={solid} alt="" className="tm-legend__pin" />
          <span>
            <strong>{t('legendSite')}</strong>: {t('legendSiteText')}
          </span>
        </li>
        <li>
          <span className="tm-legend__halo">
            <img src={solid} alt="" className="tm-legend__pin" />
          </span>
          <span>
            <strong>{t('legendTown')}</strong>: {t('legendTownText')}
          </span>
        </li>
        <li>
          <img src={solid} alt="" className="tm-legend__pin" />
          <span>
            <strong>{t('legendCounty')}</strong>: {t('legendCountyText')}
          </span>
        </li>
        <li>
          <img src={markerImageUrl(0, true, root)} alt="" className="tm-legend__pin" />
          <span>
            <strong>{t('legendCity')}</strong>:{' '}
            {t('legendCityText', { city: cityName ?? t('theCity') })}
          </span>
        </li>
      </ul>
      <p className="tm-legend__note">{t('legendSpread')}</p>
    </section>
  )
}
