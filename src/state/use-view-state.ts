import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { parseLocation, writeLocation, type RelativeLocation } from './page-location'
import type { ViewState } from './view-state'

/** Fired after our own pushState/replaceState, which browsers do not announce. */
const LOCAL_NAVIGATION = 'tourmap:navigate'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(LOCAL_NAVIGATION, onChange)
  return function unsubscribe() {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(LOCAL_NAVIGATION, onChange)
  }
}

/** Where the site's pages live, and which page the server rendered. */
export interface SiteLocation {
  /** Path of the site's root folder, such as '/' or '/maps/tour/'. */
  readonly rootPath: string
  /** The prerendered page's own address: what the first render (hydration) must show. */
  readonly serverLocation: RelativeLocation
}

function readLocation(rootPath: string): RelativeLocation {
  const path = window.location.pathname
  return `${path.startsWith(rootPath) ? path.slice(rootPath.length) : ''}${window.location.search}`
}

export interface NavigateOptions {
  /** Push a history entry (Back returns here) instead of replacing the current one. */
  readonly push?: boolean
}

/** The URL is the single store of view state; this hook reads it and writes it. */
export function useViewState({
  rootPath,
  serverLocation,
}: SiteLocation): [ViewState, (patch: Partial<ViewState>, options?: NavigateOptions) => void] {
  const location = useSyncExternalStore(
    subscribe,
    () => readLocation(rootPath),
    () => serverLocation,
  )
  const state = useMemo(() => parseLocation(location), [location])
  const navigate = useCallback(
    (patch: Partial<ViewState>, options?: NavigateOptions) => {
      const current = readLocation(rootPath)
      const next = writeLocation(current, patch)
      if (next === current) return
      const url = `${rootPath}${next}${window.location.hash}`
      if (options?.push === true) window.history.pushState(null, '', url)
      else window.history.replaceState(null, '', url)
      window.dispatchEvent(new Event(LOCAL_NAVIGATION))
    },
    [rootPath],
  )
  return [state, navigate]
}
