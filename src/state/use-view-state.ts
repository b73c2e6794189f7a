import { useCallback, useSyncExternalStore } from 'react'
import type { MapView } from '../domain/map-view'
import { parseLocation, writeLocation, type RelativeLocation } from './page-location'
import { shareUnchanged, type ViewState } from './view-state'

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

/** This page's address relative to the site's root, such as 'zh/e/jilin-haiwang/?q=steel'. */
export function pageLocation(rootPath: string): RelativeLocation {
  const path = window.location.pathname
  return `${path.startsWith(rootPath) ? path.slice(rootPath.length) : ''}${window.location.search}`
}

// The URL is global, so is its parsed form: one parse per distinct address, sharing every
// unchanged part with the one before (see shareUnchanged), so a new `map=` changes nothing else.
let lastLocation: RelativeLocation | null = null
let lastState: ViewState | null = null

function stateAt(location: RelativeLocation): ViewState {
  if (location !== lastLocation || lastState === null) {
    lastState = shareUnchanged(lastState, parseLocation(location))
    lastLocation = location
  }
  return lastState
}

export interface NavigateOptions {
  /** Push a history entry (Back returns here) instead of replacing the current one. */
  readonly push?: boolean
}

function goTo(rootPath: string, next: RelativeLocation, push: boolean): void {
  const url = `${rootPath}${next}${window.location.hash}`
  if (push) window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
}

/** The URL is the single store of view state; this hook reads it and writes it. */
export function useViewState({
  rootPath,
  serverLocation,
}: SiteLocation): [ViewState, (patch: Partial<ViewState>, options?: NavigateOptions) => void] {
  const state = useSyncExternalStore(
    subscribe,
    () => stateAt(pageLocation(rootPath)),
    () => stateAt(serverLocation),
  )
  const navigate = useCallback(
    (patch: Partial<ViewState>, options?: NavigateOptions) => {
      const current = pageLocation(rootPath)
      const next = writeLocation(current, patch)
      if (next === current) return
      goTo(rootPath, next, options?.push === true)
      window.dispatchEvent(new Event(LOCAL_NAVIGATION))
    },
    [rootPath],
  )
  return [state, navigate]
}

/**
 * Keeps the camera in the URL (`map=`) for links and reloads, telling no one: the map already
 * shows it, and nothing else depends on it, so panning re-renders nothing. The next read of the
 * view state picks it up.
 */
export function writeCamera(rootPath: string, mapView: MapView): void {
  const current = pageLocation(rootPath)
  const next = writeLocation(current, { mapView })
  if (next !== current) goTo(rootPath, next, false)
}
