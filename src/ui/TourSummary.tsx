import './tour-summary.css'
import { useId } from 'react'
import type { Tour } from '../domain/enterprise'
import { useI18n } from '../i18n/i18n'
import { formatDateSpan, localTourText, localTourTitle } from '../i18n/localise'
import { LocalText } from '../i18n/LocalText'
import { SourceLink } from './SourceLink'
import { TourFacts } from './TourFacts'

interface TourSummaryProps {
  readonly tour: Tour | null
  readonly identified: number
  /** The full panel lists themes and officials; embeds keep to the first lines. */
  readonly compact?: boolean
}

/** The tour panel: what the tour was, who led it, and how much of it the data covers. */
export function TourSummary({ tour, identified, compact = false }: TourSummaryProps) {
  const { t, lang } = useI18n()
  const titleId = useId()
  if (tour === null) {
    return <p className="tm-coverage">{t('datasetSize', { identified })}</p>
  }
  const visited = tour.enterprisesVisited
  const leader = localTourText(tour, 'leader', lang)
  // The compact copy in the header repeats the panel's, so it must not be a second landmark.
  const Wrapper = compact ? 'div' : 'section'
  return (
    <Wrapper className="tm-tour" aria-labelledby={compact ? undefined : titleId}>
      <h2 id={titleId} className="tm-tour__title">
        <LocalText value={localTourTitle(tour, lang)} />
        {', '}
        {formatDateSpan(tour.startDate, tour.endDate, lang)}
      </h2>
      <p className="tm-coverage">
        {visited === null
          ? t('identifiedOnly', { identified })
          : t('coverage', { visited, identified })}
      </p>
      {!compact && (
        <>
          {leader !== null && (
            <p className="tm-tour__line">
              {t('ledBy')} <LocalText value={leader} />
            </p>
          )}
          {(tour.themes.length > 0 || tour.officials.length > 0) && (
            <details className="tm-tour__more">
              <summary>{t('tourPanelTitle')}</summary>
              <TourFacts tour={tour} />
            </details>
          )}
        </>
      )}
      {tour.releaseUrl !== null && (
        <p className="tm-tour__release">
          {t('officialRelease')} <SourceLink url={tour.releaseUrl} />
        </p>
      )}
    </Wrapper>
  )
}
