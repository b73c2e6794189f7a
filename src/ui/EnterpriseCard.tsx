import { useEffect, useId, useRef } from 'react'
import type { Enterprise } from '../domain/enterprise'
import { describeLocation, zoneNote } from '../domain/describe-location'
import { formatIsoDate } from '../domain/format-date'
import { SourceLink } from './SourceLink'

interface EnterpriseCardProps {
  readonly enterprise: Enterprise
  /** Name of the city the tour covered, for "somewhere in …" when the district is unknown. */
  readonly cityName: string | null
  readonly onClose: () => void
}

export function EnterpriseCard({ enterprise, cityName, onClose }: EnterpriseCardProps) {
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(
    function focusNewCard() {
      heading.current?.focus()
    },
    [enterprise.id],
  )
  useEffect(
    function closeOnEscape() {
      const onKeyDown = (event: KeyboardEvent) => {
        // A modal dialog above the card takes Escape for itself.
        if (event.key === 'Escape' && document.querySelector('dialog[open]') === null) onClose()
      }
      document.addEventListener('keydown', onKeyDown)
      return function stopListening() {
        document.removeEventListener('keydown', onKeyDown)
      }
    },
    [onClose],
  )

  const e = enterprise
  return (
    <article className="tm-card" aria-labelledby={headingId}>
      <header className="tm-card__header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {e.name}
        </h2>
        <button type="button" className="tm-card__close" onClick={onClose} aria-label="Close card">
          ×
        </button>
      </header>
      <p className="tm-card__zh" lang={e.nameZh === null ? undefined : 'zh-CN'}>
        {e.nameZh ?? 'Chinese name not confirmed'}
      </p>
      {e.nameNote !== null && <p className="tm-card__note">{e.nameNote}</p>}
      <dl className="tm-card__facts">
        <dt>Industry</dt>
        <dd>{e.industry}</dd>
        {e.products !== null && (
          <>
            <dt>Products</dt>
            <dd>{e.products}</dd>
          </>
        )}
        <dt>Visit date</dt>
        <dd>{e.visitDate === null ? 'Date not reported' : formatIsoDate(e.visitDate)}</dd>
        <dt>Location</dt>
        <dd>
          {describeLocation(e, cityName)}
          {zoneNote(e.district) !== null && (
            <span className="tm-card__note"> {zoneNote(e.district)}</span>
          )}
          {e.locationNote !== null && <span className="tm-card__note"> {e.locationNote}</span>}
        </dd>
        <dt>Evidence</dt>
        <dd>
          {describeEvidence(e)}
          {e.namedInRelease === false && e.visitSource !== null && (
            <>
              : <SourceLink url={e.visitSource} />
            </>
          )}
        </dd>
      </dl>
      <h3>Topics</h3>
      {e.topics.length > 0 ? (
        <>
          <p className="tm-card__note">
            From the release: what the delegation looked at in every enterprise it visited.
          </p>
          <ul aria-label="Topics from the release">
            {e.topics.map((topic, i) => (
              <li key={i}>{topic}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>No topics reported.</p>
      )}
      {e.visitTopics.length > 0 && (
        <>
          <p className="tm-card__note">
            Reported for this visit only
            {e.visitSource !== null && (
              <>
                {' '}
                (source: <SourceLink url={e.visitSource} />)
              </>
            )}
            :
          </p>
          <ul aria-label="Topics of this visit">
            {e.visitTopics.map((topic, i) => (
              <li key={i}>{topic}</li>
            ))}
          </ul>
        </>
      )}
      {e.visitNotes !== null && <p>{e.visitNotes}</p>}
      <h3>Sources</h3>
      {e.sources.length > 0 ? (
        <ul className="tm-card__sources" aria-label="Sources">
          {e.sources.map((url, i) => (
            <li key={i}>
              <SourceLink url={url} />
            </li>
          ))}
        </ul>
      ) : (
        <p>No sources given.</p>
      )}
    </article>
  )
}

function describeEvidence(e: Enterprise): string {
  if (e.namedInRelease === null) return 'Not stated by the dataset'
  if (e.namedInRelease) {
    return e.nameInRelease !== null && e.nameInRelease !== e.name
      ? `Named in the release as “${e.nameInRelease}”`
      : 'Named in the release'
  }
  return 'Not named in the release; identified from another report'
}
