import type { Enterprise } from '../domain/enterprise'
import { useI18n } from '../i18n/i18n'
import {
  describeLocation,
  formatDate,
  localIndustry,
  localText,
  localTopics,
} from '../i18n/localise'
import { LocalText } from '../i18n/LocalText'
import { BoundedList } from './BoundedList'
import { SourceLink } from './SourceLink'

interface OwnTourFieldsProps {
  readonly enterprise: Enterprise
  readonly cityName: string | null
  /** The feature has an industry of its own (not "not given", not another property's value). */
  readonly showIndustry: boolean
}

/**
 * The tour's fields that another file happens to carry, each only when the feature has a value:
 * nothing is said about a field the data never had.
 */
export function OwnTourFields({ enterprise: e, cityName, showIndustry }: OwnTourFieldsProps) {
  const { t, lang } = useI18n()
  const nameNote = localText(e, 'nameNote', lang)
  const products = localText(e, 'products', lang)
  const located = e.precision !== null || e.district !== null || e.districtZh !== null
  const hasIndustry = showIndustry
  const facts = hasIndustry || products !== null || e.visitDate !== null || located
  return (
    <>
      {nameNote !== null && (
        <p className="tm-card__note">
          <LocalText value={nameNote} />
        </p>
      )}
      {facts && (
        <dl className="tm-card__facts">
          {hasIndustry && (
            <>
              <dt>{t('industry')}</dt>
              <dd>
                <LocalText value={localIndustry(e.industry, lang)} />
              </dd>
            </>
          )}
          {products !== null && (
            <>
              <dt>{t('products')}</dt>
              <dd>
                <LocalText value={products} />
              </dd>
            </>
          )}
          {e.visitDate !== null && (
            <>
              <dt>{t('visitDate')}</dt>
              <dd>{formatDate(e.visitDate, lang)}</dd>
            </>
          )}
          {located && (
            <>
              <dt>{t('location')}</dt>
              <dd>{describeLocation(t, lang, e, cityName)}</dd>
            </>
          )}
        </dl>
      )}
      {e.topics.length > 0 && (
        <>
          <h3>{t('topics')}</h3>
          <BoundedList
            items={localTopics(e, lang)}
            label={t('topics')}
            render={(topic) => <LocalText value={topic} />}
          />
        </>
      )}
      {e.sources.length > 0 && (
        <>
          <h3>{t('sources')}</h3>
          <BoundedList
            items={e.sources}
            label={t('sources')}
            className="tm-card__sources"
            render={(url) => <SourceLink url={url} />}
          />
        </>
      )}
    </>
  )
}
