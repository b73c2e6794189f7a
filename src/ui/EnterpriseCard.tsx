import './enterprise-card.css'
import { useEffect, useId, useRef, type Ref } from 'react'
import type { Enterprise } from '../domain/enterprise'
import { useI18n } from '../i18n/i18n'
import {
  describeLocation,
  englishOnly,
  formatDate,
  localIndustry,
  localName,
  localTopic,
  zoneNote,
} from '../i18n/localise'
import { LocalText } from '../i18n/LocalText'
import { BoundedList } from './BoundedList'
import { SourceLink } from './SourceLink'
import { useCardKeys } from './use-card-keys'
import { CloseButton } from './CloseButton'

interface EnterpriseCardProps {
  readonly enterprise: Enterprise
  /** Name of the city the tour covered, for "somewhere in …" when the district is unknown. */
  readonly cityName: string | null
  readonly onClose: () => void
  /** Steps through the enterprises shown, in list order; null at either end. */
  readonly onPrevious: (() => void) | null
  readonly onNext: (() => void) | null
  readonly position: { readonly index: number; readonly count: number } | null
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
  ref,
}: EnterpriseCardProps) {
  const { t, lang } = useI18n()
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(
    function focusNewCard() {
      heading.current?.focus()
    },
    [enterprise.id],
  )
  useCardKeys({ onClose, onPrevious, onNext })

  const e = enterprise
  const name = localName(e, lang)
  const zone = zoneNote(t, lang, e)
  return (
    <article className="tm-card" aria-labelledby={headingId} ref={ref}>
      <header className="tm-card__header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          <LocalText value={name} />
        </h2>
        <CloseButton label={t('closeCard')} onClick={onClose} />
      </header>
      <p className="tm-card__other-name">
        {lang === 'zh' ? (
          !name.original && <span lang="en">{e.name}</span>
        ) : (
          <span lang={e.nameZh === null ? undefined : 'zh-CN'}>
            {e.nameZh ?? t('chineseNameUnknown')}
          </span>
        )}
      </p>
      {e.nameNote !== null && (
        <p className="tm-card__note">
          <LocalText value={englishOnly(e.nameNote, lang)} />
        </p>
      )}
      <dl className="tm-card__facts">
        <dt>{t('industry')}</dt>
        <dd>
          <LocalText value={localIndustry(e.industry, lang)} />
        </dd>
        {e.products !== null && (
          <>
            <dt>{t('products')}</dt>
            <dd>
              <LocalText value={englishOnly(e.products, lang)} />
            </dd>
          </>
        )}
        <dt>{t('visitDate')}</dt>
        <dd>{e.visitDate === null ? t('dateNotReported') : formatDate(e.visitDate, lang)}</dd>
        <dt>{t('location')}</dt>
        <dd>
          {describeLocation(t, lang, e, cityName)}
          {zone !== null && <span className="tm-card__note"> {zone}</span>}
          {e.locationNote !== null && (
            <span className="tm-card__note">
              {' '}
              <LocalText value={englishOnly(e.locationNote, lang)} />
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
            items={e.topics}
            label={t('topicsFromReleaseList')}
            render={(topic) => <LocalText value={localTopic(topic, lang)} />}
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
            items={e.visitTopics}
            label={t('topicsOfVisitList')}
            render={(topic) => <LocalText value={localTopic(topic, lang)} />}
          />
        </>
      )}
      {e.visitNotes !== null && (
        <p>
          <LocalText value={englishOnly(e.visitNotes, lang)} />
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
      {position !== null && (
        <nav
          className="tm-card__steps"
          aria-label={t('positionInList', { position: position.index + 1, count: position.count })}
        >
          <button type="button" onClick={onPrevious ?? undefined} disabled={onPrevious === null}>
            ← {t('previous')}
          </button>
          <span aria-hidden="true">
            {t('positionInList', { position: position.index + 1, count: position.count })}
          </span>
          <button type="button" onClick={onNext ?? undefined} disabled={onNext === null}>
            {t('next')} →
          </button>
        </nav>
      )}
    </article>
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
