import { renderToStaticMarkup } from 'react-dom/server'
import type { Dataset } from '../domain/enterprise'
import type { Lang } from '../domain/lang'
import { pagePath } from '../domain/page-path'
import { localIndustry, localName, localTopic, localTourTitle } from '../i18n/localise'
import { makeTranslate } from '../i18n/i18n'
import { en } from '../i18n/messages'
import { zh } from '../i18n/messages-zh'

/** Where a page and its preview picture live, relative to the site's root. */
export interface PageMeta {
  readonly lang: Lang
  readonly id: string | null
  /** 'https://example.org/tour/' when SITE_URL is set; otherwise links stay relative. */
  readonly siteUrl: string | null
  /** The page's way to the root: '', '../', '../../' … */
  readonly root: string
  readonly image: string
}

/** The head of one prerendered page: title, description, canonical, alternates, link previews. */
export function renderHead(dataset: Dataset, meta: PageMeta): string {
  const { lang, id } = meta
  const t = makeTranslate(lang === 'zh' ? zh : en)
  const appTitle = t('appTitle')
  const enterprise = dataset.enterprises.find((e) => e.id === id) ?? null
  const tourTitle = dataset.tour === null ? null : localTourTitle(dataset.tour, lang).text
  const title =
    enterprise === null
      ? `${appTitle} · ${tourTitle ?? ''}`
      : `${localName(enterprise, lang).text} · ${appTitle}`
  const description =
    enterprise === null
      ? `${tourTitle ?? appTitle}: ${dataset.enterprises.map((e) => localName(e, lang).text).join(lang === 'zh' ? '、' : ', ')}`
      : [
          localIndustry(enterprise.industry, lang).text,
          enterprise.topics.map((topic) => localTopic(topic, lang).text).join(', '),
          tourTitle,
        ]
          .filter((part) => part !== null && part !== '')
          .join(' · ')
  const href = (path: string) =>
    meta.siteUrl === null ? `${meta.root}${path}` || './' : new URL(path, meta.siteUrl).href
  const own = href(pagePath(lang === 'zh' ? 'zh' : null, id))
  const image = href(meta.image)
  return renderToStaticMarkup(
    <>
      <title>{title}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={own} />
      <link rel="alternate" hrefLang="en" href={href(pagePath(null, id))} />
      <link rel="alternate" hrefLang="zh-CN" href={href(pagePath('zh', id))} />
      <link rel="alternate" hrefLang="x-default" href={href(pagePath(null, id))} />
      <meta property="og:type" content={enterprise === null ? 'website' : 'article'} />
      <meta property="og:site_name" content={appTitle} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={own} />
      <meta property="og:locale" content={lang === 'zh' ? 'zh_CN' : 'en_US'} />
      <meta property="og:image" content={image} />
      <meta property="og:image:width" content="1200" />
      <meta property="og:image:height" content="630" />
      <meta property="og:image:alt" content={title} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      <meta name="twitter:image" content={image} />
    </>,
  )
}
