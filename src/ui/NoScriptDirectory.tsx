import type { Enterprise } from '../domain/enterprise'
import { pagePath } from '../domain/page-path'
import { useI18n } from '../i18n/i18n'
import { describeLocation, localIndustry, localName, localTopic } from '../i18n/localise'
import { LocalText } from '../i18n/LocalText'
import { useHydrated, useSiteRoot } from '../site'
import { SourceLink } from './SourceLink'

interface NoScriptDirectoryProps {
  readonly enterprises: readonly Enterprise[]
  readonly cityName: string | null
}

/**
 * Without JavaScript the list's buttons do nothing, so the prerendered page also spells out
 * every enterprise: name (a link to its own page), industry, location, topics and sources.
 * Not a <noscript> (which a browser that merely blocks scripts does not show): hidden by CSS
 * where scripting is on (app.css, .tm-no-js), and gone once the page is hydrated.
 */
export function NoScriptDirectory({ enterprises, cityName }: NoScriptDirectoryProps) {
  const { t, lang } = useI18n()
  const root = useSiteRoot()
  if (useHydrated()) return null
  return (
    <ul className="tm-no-js tm-no-js-list">
      {enterprises.map((e) => (
        <li key={e.id}>
          <h3>
            <a href={`${root}${pagePath(lang === 'zh' ? 'zh' : null, e.id)}`}>
              <LocalText value={localName(e, lang)} />
            </a>
          </h3>
          <p>
            {t('industry')}: <LocalText value={localIndustry(e.industry, lang)} />
          </p>
          <p>
            {t('location')}: {describeLocation(t, lang, e, cityName)}
          </p>
          <p>
            {t('topics')}:{' '}
            {e.topics.length === 0
              ? t('noTopics')
              : e.topics.map((topic, i) => (
                  <span key={topic}>
                    {i > 0 && ', '}
                    <LocalText value={localTopic(topic, lang)} />
                  </span>
                ))}
          </p>
          <p>
            {t('sources')}:{' '}
            {e.sources.length === 0
              ? t('noSources')
              : e.sources.map((url, i) => (
                  <span key={url}>
                    {i > 0 && ' · '}
                    <SourceLink url={url} />
                  </span>
                ))}
          </p>
        </li>
      ))}
    </ul>
  )
}
