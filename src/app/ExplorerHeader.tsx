import './header.css'
import type { Ref, SyntheticEvent } from 'react'
import type { Tour } from '../domain/enterprise'
import type { Lang } from '../domain/lang'
import { useI18n } from '../i18n/i18n'
import { writeViewState } from '../state/view-state'
import { CopyLinkButton } from '../ui/CopyLinkButton'
import { LanguageSwitch } from '../ui/LanguageSwitch'
import { ResultCount } from '../ui/ResultCount'
import { TourSummary } from '../ui/TourSummary'
import { SecondaryActions } from './SecondaryActions'

interface ExplorerHeaderProps {
  readonly tour: Tour | null
  /** Enterprises in the dataset. */
  readonly identified: number
  /** Enterprises that pass the filters. */
  readonly shown: number
  readonly embed: boolean
  readonly panelOpen: boolean
  readonly onTogglePanel: () => void
  readonly panelToggleRef: Ref<HTMLButtonElement>
  readonly onAbout: () => void
  readonly onLangChange: (lang: Lang) => void
}

/** Title, tour summary, result count and the page-wide actions. */
export function ExplorerHeader({
  tour,
  identified,
  shown,
  embed,
  panelOpen,
  onTogglePanel,
  panelToggleRef,
  onAbout,
  onLangChange,
}: ExplorerHeaderProps) {
  const { t } = useI18n()
  return (
    <header className="tm-header">
      <h1>{t('appTitle')}</h1>
      <TourSummary tour={tour} identified={identified} compact />
      <ResultCount shown={shown} total={identified} />
      <div className="tm-header__actions">
        <button
          ref={panelToggleRef}
          type="button"
          className="tm-panel-toggle"
          aria-expanded={panelOpen}
          aria-controls="tm-panel"
          onClick={onTogglePanel}
        >
          {t('filtersAndList')}
        </button>
        {embed ? (
          <OpenFullMapLink />
        ) : (
          <span className="tm-header__secondary">
            <SecondaryActions onAbout={onAbout} />
          </span>
        )}
        {embed && <CopyLinkButton />}
        <LanguageSwitch onChange={onLangChange} />
      </div>
    </header>
  )
}

/** The embed's way out: the same view (filters, card, map, language) as a full page. */
function OpenFullMapLink() {
  const { t } = useI18n()
  // The camera is written to the URL without a re-render (src/state/use-view-state), so the
  // href is brought up to date whenever the link is about to be used.
  const refresh = (event: SyntheticEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = fullMapHref()
  }
  return (
    <a
      className="tm-button"
      href={fullMapHref()}
      target="_blank"
      rel="noopener"
      onFocus={refresh}
      onPointerEnter={refresh}
      onPointerDown={refresh}
    >
      {t('openFullMap')}
    </a>
  )
}

function fullMapHref(): string {
  return `${window.location.pathname}${writeViewState(window.location.search, { embed: false })}`
}
