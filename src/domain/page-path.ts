import type { Lang } from './lang'

/** Which prerendered page an address names: the map or one enterprise, in one language. */
export interface PageAddress {
  /** 'zh' under zh/; null on the English pages, which follow ?lang= or the browser. */
  readonly lang: Lang | null
  readonly id: string | null
}

// Relative to the site's root: '', 'zh/', 'e/<id>/', 'zh/e/<id>/', each maybe with index.html.
const PAGE_PATH = /^(?:(zh)\/)?(?:e\/([^/]+)\/)?(?:index\.html)?$/

/** The page a path (relative to the site's root) names; an unknown path names the map. */
export function parsePagePath(path: string): PageAddress {
  const match = PAGE_PATH.exec(path)
  if (match === null) return { lang: null, id: null }
  return { lang: match[1] === 'zh' ? 'zh' : null, id: decodeId(match[2]) }
}

/** The folder of a page, relative to the site's root: '', 'zh/', 'e/<id>/' or 'zh/e/<id>/'. */
export function pagePath(lang: Lang | null, id: string | null): string {
  return `${lang === 'zh' ? 'zh/' : ''}${id === null ? '' : `e/${encodeURIComponent(id)}/`}`
}

/** '../' once per folder of `path`: how a page reaches the site's root with relative links. */
export function rootPrefix(path: string): string {
  return '../'.repeat(path.split('/').length - 1)
}

function decodeId(segment: string | undefined): string | null {
  if (segment === undefined) return null
  try {
    const id = decodeURIComponent(segment)
    return id.trim() === '' ? null : id
  } catch {
    return null
  }
}

/** The picture of the map a prerendered page shows until the map is drawn, from the site's root. */
export const MAP_PICTURE_PATH = 'previews/map.svg'
