import './dialog.css'
import './about-dialog.css'
import { useEffect, useRef } from 'react'
import type { CorrectionsSetup } from '../domain/correction'
import type { Enterprise, Tour } from '../domain/enterprise'
import { useI18n } from '../i18n/i18n'
import {
  formatDate,
  formatDateSpan,
  localPlace,
  localTourText,
  localTourTitle,
  showsOurTranslation,
} from '../i18n/localise'
import { LocalText } from '../i18n/LocalText'
import { AboutFile } from './AboutFile'
import { BoundedList } from './BoundedList'
import type { FileFacts } from './FileSummary'
import { PrecisionLegend } from './PrecisionLegend'
import { SourceLink } from './SourceLink'
import { SuggestCorrection } from './SuggestCorrection'
import { TourFacts } from './TourFacts'
import { CloseButton } from './CloseButton'

interface AboutDialogProps {
  readonly tour: Tour | null
  /** The file shown; described instead of the tour when it carries none. */
  readonly file: FileFacts
  readonly enterprises: readonly Enterprise[]
  readonly districtAttribution: string | null
  readonly onClose: () => void
  readonly corrections: CorrectionsSetup
}

/** "About this data": what the tour was, what is known of it, and how to correct the data. */
export function AboutDialog({
  tour,
  file,
  enterprises,
  districtAttribution,
  onClose,
  corrections,
}: AboutDialogProps) {
  const { t, lang } = useI18n()
  const dialog = useRef<HTMLDialogElement>(null)
  // Read before the dialog takes focus. Not every engine returns focus when a dialog closes.
  const opener = useRef(document.activeElement)
  useEffect(function openModal() {
    const element = dialog.current
    const from = opener.current
    if (element !== null && !element.open) element.showModal()
    return function returnFocus() {
      if (from instanceof HTMLElement && from.isConnected) from.focus()
    }
  }, [])

  const identified = enterprises.length
  const named = enterprises.filter((e) => e.namedInRelease === true).length
  const visited = tour?.enterprisesVisited ?? null
  const otherVisits = tour === null ? null : localTourText(tour, 'otherVisits', lang)
  const leader = tour === null ? null : localTourText(tour, 'leader', lang)
  return (
    <dialog
      ref={dialog}
      className="tm-dialog tm-about"
      aria-labelledby="tm-about-title"
      onClose={(event) => {
        // React passes a nested dialog's close event (the correction form's) up to this one.
        if (event.target === event.currentTarget) onClose()
      }}
    >
      <div className="tm-dialog__header">
        <h2 id="tm-about-title">{t('aboutTitle')}</h2>
        <CloseButton label={t('closeAbout')} onClick={onClose} />
      </div>
      {tour === null ? (
        <AboutFile file={file} count={identified} />
      ) : (
        <>
          <h3>{t('aboutTour')}</h3>
          <p>
            <LocalText value={localTourTitle(tour, lang)} />,{' '}
            {formatDateSpan(tour.startDate, tour.endDate, lang)}.
            {leader !== null && (
              <>
                {' '}
                {t('ledBy')} <LocalText value={leader} />.
              </>
            )}
          </p>
          <TourFacts tour={tour} />
          {showsOurTranslation(tour, lang) && <p className="tm-hint">{t('aboutTranslation')}</p>}
          {tour.releaseUrl !== null && (
            <p>
              {t('officialRelease')} <SourceLink url={tour.releaseUrl} />
              {tour.releasePosted !== null && (
                <> ({t('aboutPosted', { date: formatDate(tour.releasePosted, lang) })})</>
              )}
            </p>
          )}
        </>
      )}
      {tour !== null && (
        <>
          <h3>{t('aboutCoverage')}</h3>
          <p className="tm-about__coverage">
            {visited === null
              ? t('identifiedOnly', { identified })
              : t('coverageFull', {
                  visited,
                  identified,
                  missing: Math.max(visited - identified, 0),
                })}
          </p>
          <h3>{t('aboutIdentified')}</h3>
          <p>
            {t('aboutNamed', { named })}
            {identified - named > 0 && <> {t('aboutOther', { count: identified - named })}</>}{' '}
            {t('aboutNotAdded')}
          </p>
          {otherVisits !== null && (
            <>
              <h3>{t('aboutOtherVisits')}</h3>
              <p>
                <LocalText value={otherVisits} />
              </p>
              {tour.otherVisitsSources.length > 0 && (
                <BoundedList
                  items={tour.otherVisitsSources}
                  label={t('aboutOtherVisitsSources')}
                  render={(url) => <SourceLink url={url} />}
                />
              )}
            </>
          )}
          <h3>{t('aboutLocated')}</h3>
          <p>{t('aboutLocatedText')}</p>
          <PrecisionLegend cityName={localPlace(tour, lang)} />
          {tour.lastChecked !== null && (
            <p>{t('aboutChecked', { date: formatDate(tour.lastChecked, lang) })}</p>
          )}
          <h3>{t('aboutCorrection')}</h3>
          <p>{t('aboutCorrectionText')}</p>
          <p>
            <SuggestCorrection enterprise={null} setup={corrections} />
          </p>
        </>
      )}
      {districtAttribution !== null && (
        <p className="tm-hint">{t('aboutOutlines', { attribution: districtAttribution })}</p>
      )}
    </dialog>
  )
}
