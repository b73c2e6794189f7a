import type { Tour } from '../domain/enterprise'
import { formatDateSpan } from '../domain/format-date'
import { SourceLink } from './SourceLink'

interface TourSummaryProps {
  readonly tour: Tour | null
  readonly identified: number
}

/** What the tour was and how much of it the data covers. */
export function TourSummary({ tour, identified }: TourSummaryProps) {
  if (tour === null) {
    return <p className="tm-coverage">{identified} enterprises in this dataset</p>
  }
  return (
    <div className="tm-tour">
      <p className="tm-tour__title">
        {tour.title}, {formatDateSpan(tour.startDate, tour.endDate)}
      </p>
      <p className="tm-coverage">
        {tour.enterprisesVisited === null
          ? `${String(identified)} enterprises identified`
          : `${String(tour.enterprisesVisited)} enterprises visited · ${String(identified)} identified`}
      </p>
      {tour.releaseUrl !== null && (
        <p className="tm-tour__release">
          Official release: <SourceLink url={tour.releaseUrl} />
        </p>
      )}
    </div>
  )
}
