import './enterprise-card.css'
import type { Ref } from 'react'
import type { CorrectionsSetup } from '../domain/correction'
import type { Enterprise } from '../domain/enterprise'
import { useI18n } from '../i18n/i18n'
import { TOPIC_ZH } from '../domain/vocabulary-zh'
import {
  describeLocation,
  formatDate,
  localIndustry,
  localItems,
  localName,
  localText,
  showsOurTranslation,
  zoneNote,
} from '../i18n/localise'
import { LocalText } from '../i18n/LocalText'
import { BoundedList } from './BoundedList'
import { CardFrame } from './CardFrame'
import { SourceLink } from './SourceLink'
import { SuggestCorrection } from './SuggestCorrection'

// Defined here rather than imported: a value from src/domain/correction would pull the whole
// report builder, which only the lazy form needs, into the first download.
const NO_ADDRESS: CorrectionsSetup = { address: null, datasetVersion: null }

interface EnterpriseCardProps {
  readonly enterprise: Enterprise
  /** Name of the city the tour covered, for "somewhere in …" when the district is unknown. */
  readonly cityName: string | null
  readonly onClose: () => void
  /** Steps through the enterprises shown, in list order; null at either end. */
  readonly onPrevious: (() => void) | null
  readonly onNext: (() => void) | null
  readonly position: { readonly index: number; readonly count: number } | null
  /** Where corrections go; without it the form offers only Copy. */
  readonly corrections?: CorrectionsSetup
  /** The card's box, which the map keeps the selected pin out from under. */
  readonly ref?: Ref<HTMLElement>
}

export function EnterpriseCard({
  enterprise,
  cityName,
  onClose,
  onPrevious,
  onNext,
  position,
  corrections = NO_ADDRESS,
  ref,
}: EnterpriseCardProps) {
  const { t, lang } = useI18n()
  const e = enterprise
  const name = localName(e, lang)
  const zone = zoneNote(t, lang, e)
  const nameNote = localText(e, 'nameNote', lang)
  const products = localText(e, 'products', lang)
  const locationNote = localText(e, 'locationNote', lang)
  const visitNotes = localText(e, 'visitNotes', lang)
  return (
    <CardFrame
      ref={ref}
      id={e.id}
      name={name}
      onClose={onClose}
      onPrevious={onPrevious}
      onNext={onNext}
      position={position}
    >
      <p className="tm-card__other-name">
        {lang === 'zh' ? (
          !name.original && <span lang="en">{e.name}</span>
        ) : (
          <span lang={e.nameZh === null ? undefined : 'zh-CN'}>
            {e.nameZh ?? t('chineseNameUnknown')}
          </span>
        )}
      </p>
      {nameNote !== null && (
        <p className="tm-card__note">
          <LocalText value={nameNote} />
        </p>
      )}
      <dl className="tm-card__facts">
        <dt>{t('industry')}</dt>
        <dd>
          <LocalText value={localIndustry(e.industry, lang)} />
        </dd>
        {products !== null && (
          <>
            <dt>{t('products')}</dt>
            <dd>
              <LocalText value={products} />
            </dd>
          </>
        )}
        <dt>{t('visitDate')}</dt>
        <dd>{e.visitDate === null ? t('dateNotReported') : formatDate(e.visitDate, lang)}</dd>
        <dt>{t('location')}</dt>
        <dd>
          {describeLocation(t, lang, e, cityName)}
          {zone !== null && <span className="tm-card__note"> {zone}</span>}
          {locationNote !== null && (
            <span className="tm-card__note">
              {' '}
              <LocalText value={locationNote} />
            </span>
          )}
          {e.locationSources.length > 0 && (
            <span className="tm-card__note">
              {' '}
              {t('coordinatesFrom')}{' '}
              {e.locationSources.map((url, i) => (
                <span key={url}>
                  {i > 0 && ', '}
                  <SourceLink url={url} />
                </span>
              ))}
            </span>
          )}
        </dd>
        <dt>{t('evidence')}</dt>
        <dd>
          {describeEvidence(e, t)}
          {e.namedInRelease === false && e.visitSource !== null && (
            <>
              : <SourceLink url={e.visitSource} />
            </>
          )}
        </dd>
      </dl>
      <h3>{t('topics')}</h3>
      {e.topics.length > 0 ? (
        <>
          <p className="tm-card__note">{t('topicsFromRelease')}</p>
          <BoundedList
            items={localItems(e, 'topics', lang, TOPIC_ZH)}
            label={t('topicsFromReleaseList')}
            render={(topic) => <LocalText value={topic} />}
          />
        </>
      ) : (
        <p>{t('noTopics')}</p>
      )}
      {e.visitTopics.length > 0 && (
        <>
          <p className="tm-card__note">
            {t('topicsOfVisit')}
            {e.visitSource !== null && (
              <>
                {' '}
                ({t('source')}: <SourceLink url={e.visitSource} />)
              </>
            )}
            :
          </p>
          <BoundedList
            items={localItems(e, 'visitTopics', lang, TOPIC_ZH)}
            label={t('topicsOfVisitList')}
            render={(topic) => <LocalText value={topic} />}
          />
        </>
      )}
      {visitNotes !== null && (
        <p>
          <LocalText value={visitNotes} />
        </p>
      )}
      <h3>{t('sources')}</h3>
      {e.sources.length > 0 ? (
        <BoundedList
          items={e.sources}
          label={t('sources')}
          className="tm-card__sources"
          render={(url) => <SourceLink url={url} />}
        />
      ) : (
        <p>{t('noSources')}</p>
      )}
      <p className="tm-card__correction">
        <SuggestCorrection enterprise={e} setup={corrections} />
      </p>
      {showsOurTranslation(e, lang) && <p className="tm-card__note">{t('ourTranslation')}</p>}
    </CardFrame>
  )
}

function describeEvidence(e: Enterprise, t: ReturnType<typeof useI18n>['t']): string {
  if (e.namedInRelease === null) return t('evidenceNotStated')
  if (e.namedInRelease) {
    return e.nameInRelease !== null && e.nameInRelease !== e.name
      ? t('evidenceNamedAs', { name: e.nameInRelease })
      : t('evidenceNamed')
  }
  return t('evidenceOther')
}
