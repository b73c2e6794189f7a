import { useSyncExternalStore } from 'react'
import type { LoadedDataset } from './data'
import type { Lang } from './domain/lang'
import { pagePath } from './domain/page-path'
import { parseLocation, shareLocation } from './state/page-location'
import { pageLocation } from './state/use-view-state'

/**
 * What the build wrote into a prerendered page (scripts/prerender.ts), as JSON in
 * <script type="application/json" id="tm-page">: JSON, so it runs nothing and needs no CSP hash.
 */
export interface PrerenderedPage {
  /** The site's root relative to this page: '', '../', '../../' … */
  readonly root: string
  readonly lang: Lang | null
  readonly id: string | null
  /** The built-in dataset, validated at build time: the first view needs no download. */
  readonly dataset: LoadedDataset
}

export const PAGE_DATA_ID = 'tm-page'

function readPrerendered(): PrerenderedPage | null {
  if (typeof document === 'undefined') return null
  const element = document.getElementById(PAGE_DATA_ID)
  const text = element?.textContent ?? ''
  // Read once; the page keeps no second copy of the dataset in its DOM.
  element?.remove()
  if (text === '') return null
  try {
    return JSON.parse(text) as PrerenderedPage
  } catch {
    return null
  }
}

/** The page being rendered: read from the HTML in a browser, set per page by the prerender. */
let page: PrerenderedPage | null = readPrerendered()

export function prerenderedPage(): PrerenderedPage | null {
  return page
}

/** Used by the prerender (src/prerender) before it renders each page. */
export function setPrerenderedPage(next: PrerenderedPage): void {
  page = next
}

/**
 * Path of the site's root folder ('/' or '/some/folder/'), fixed at start-up: the app's own
 * navigation moves between page folders, after which relative addresses would point elsewhere.
 */
export const rootPath: string =
  typeof window === 'undefined'
    ? import.meta.env.BASE_URL
    : new URL(page?.root ?? import.meta.env.BASE_URL, window.location.href).pathname

/** The prerendered page's own address relative to the root, as the server rendered it. */
export function serverLocation(): string {
  return page === null ? '' : pagePath(page.lang, page.id)
}

/** For useSyncExternalStore of values that never change after hydration. */
export const noSubscription = () => () => undefined

/**
 * How files of the site are addressed: relative to the page, as the prerendered HTML wrote them
 * (it must work from any folder), until hydration is over; from the root's path afterwards.
 */
export function useSiteRoot(): string {
  return useSyncExternalStore(
    noSubscription,
    () => rootPath,
    () => page?.root ?? rootPath,
  )
}

/** False while React hydrates the prerendered HTML (and on the server), true afterwards. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
}

/**
 * The address to share for what is on screen: an enterprise's own page when its card is open
 * (its link preview shows that enterprise), the Chinese pages for Chinese, the rest as ?filters.
 */
export function shareableUrl(): string {
  const share = shareLocation(parseLocation(pageLocation(rootPath)), window.location.search)
  return new URL(`${rootPath}${share}`, window.location.href).href
}
