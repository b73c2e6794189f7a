import { pagePath, parsePagePath } from '../domain/page-path'
import { parseViewState, writeViewState, type ViewState } from './view-state'

/**
 * An address relative to the site's root, such as 'zh/e/jilin-haiwang/?industry=…'. The
 * prerendered pages name a language and an enterprise in their path; everything else, and any
 * change made in the app, lives in the query string as before (README "State in the URL").
 */
export type RelativeLocation = string

function split(location: RelativeLocation): [path: string, search: string] {
  const at = location.indexOf('?')
  return at < 0 ? [location, ''] : [location.slice(0, at), location.slice(at)]
}

/** The query string with what the path says spelled out; the query string wins over the path. */
function foldPath(location: RelativeLocation): string {
  const [path, search] = split(location)
  const page = parsePagePath(path)
  const params = new URLSearchParams(search)
  if (page.id !== null && !params.has('id')) params.set('id', page.id)
  if (page.lang !== null && !params.has('lang')) params.set('lang', page.lang)
  return `?${params.toString()}`
}

export function parseLocation(location: RelativeLocation): ViewState {
  return parseViewState(foldPath(location))
}

/**
 * The address after applying `patch`. Chinese moves to the zh/ pages; an enterprise page keeps
 * its path while its enterprise stays selected, and any other selection is ?id= on the map page.
 */
export function writeLocation(
  location: RelativeLocation,
  patch: Partial<ViewState>,
): RelativeLocation {
  const page = parsePagePath(split(location)[0])
  const params = new URLSearchParams(writeViewState(foldPath(location), patch))
  const lang = params.get('lang') === 'zh' ? 'zh' : null
  if (lang !== null) params.delete('lang')
  const id = params.get('id')
  const keepsPage = id !== null && id === page.id
  if (keepsPage) params.delete('id')
  const search = params.toString()
  return `${pagePath(lang, keepsPage ? id : null)}${search === '' ? '' : `?${search}`}`
}

/** The shareable address of a view: an enterprise's own page (with its preview) when one is open. */
export function shareLocation(view: ViewState, search: string): RelativeLocation {
  const params = new URLSearchParams(search)
  params.delete('id')
  params.delete('lang')
  if (view.lang === 'en') params.set('lang', 'en')
  const rest = params.toString()
  return `${pagePath(view.lang, view.selectedId)}${rest === '' ? '' : `?${rest}`}`
}
