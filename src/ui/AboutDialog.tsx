import { useEffect, useRef } from 'react'
import type { Enterprise, Tour } from '../domain/enterprise'
import { formatDateSpan, formatIsoDate } from '../domain/format-date'
import { PrecisionLegend } from './PrecisionLegend'
import { SourceLink } from './SourceLink'

interface AboutDialogProps {
  readonly tour: Tour | null
  readonly enterprises: readonly Enterprise[]
  readonly districtAttribution: string | null
  readonly onClose: () => void
}

/** "About this data": what the tour was, what is known of it, and how to correct the data. */
export function AboutDialog({ tour, enterprises, districtAttribution, onClose }: AboutDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(function openModal() {
    const element = dialog.current
    if (element !== null && !element.open) element.showModal()
  }, [])

  const identified = enterprises.length
  const named = enterprises.filter((e) => e.namedInRelease === true).length
  const visited = tour?.enterprisesVisited ?? null
  return (
    <dialog ref={dialog} className="tm-about" aria-labelledby="tm-about-title" onClose={onClose}>
      <div className="tm-about__header">
        <h2 id="tm-about-title">About this data</h2>
        <button
          type="button"
          className="tm-card__close"
          aria-label="Close About this data"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {tour === null ? (
        <p>This dataset does not describe a tour; it holds {identified} enterprises.</p>
      ) : (
        <>
          <h3>The tour</h3>
          <p>
            {tour.title}, {formatDateSpan(tour.startDate, tour.endDate)}
            {tour.leader !== null && <>. Led by {tour.leader}</>}.
          </p>
          {tour.themes.length > 0 && (
            <>
              <p>Research themes stated in the release:</p>
              <ul>
                {tour.themes.map((theme, i) => (
                  <li key={i}>{theme}</li>
                ))}
              </ul>
            </>
          )}
          {tour.officials.length > 0 && (
            <>
              <p>Also taking part:</p>
              <ul>
                {tour.officials.map((official, i) => (
                  <li key={i}>{official}</li>
                ))}
              </ul>
            </>
          )}
          {tour.releaseUrl !== null && (
            <p>
              Official release: <SourceLink url={tour.releaseUrl} />
              {tour.releasePosted !== null && <> (posted {formatIsoDate(tour.releasePosted)})</>}
            </p>
          )}
        </>
      )}
      <h3>Coverage</h3>
      <p className="tm-about__coverage">
        {visited === null
          ? `${String(identified)} enterprises identified`
          : `${String(visited)} enterprises visited · ${String(identified)} identified · ${String(Math.max(visited - identified, 0))} not yet identified`}
      </p>
      <h3>How enterprises were identified</h3>
      <p>
        {named} {named === 1 ? 'is' : 'are'} named in the official release.
        {identified - named > 0 &&
          ` ${String(identified - named)} more ${identified - named === 1 ? 'is' : 'are'} identified from another report of the same visit, cited on the card.`}{' '}
        Enterprises that no source names are not on the map; none is added to make up the number.
        Where the release gives only a short or translated name, the card says how sure the
        identification is.
      </p>
      <h3>How they were located</h3>
      <p>
        No source gives a plant&apos;s address, so most points are the seat of the county or the
        centre of the zone a source places the enterprise in. Where even the district is unknown,
        the point is a placeholder in the city and drawn as a dashed pin. Coordinates are WGS-84,
        the datum of GPS and OpenStreetMap.
      </p>
      <PrecisionLegend cityName={tour?.place ?? null} />
      {tour?.lastChecked != null && (
        <p>Last checked against the sources: {formatIsoDate(tour.lastChecked)}.</p>
      )}
      <h3>Propose a correction</h3>
      <p>
        Open an issue in the project&apos;s repository naming the enterprise and the fact to change,
        with a public source for it: its address (URL), publisher and date, and the sentence that
        states the fact. Corrections without a source cannot be accepted.
      </p>
      {districtAttribution !== null && (
        <p className="tm-card__note">District outlines: {districtAttribution}.</p>
      )}
    </dialog>
  )
}
