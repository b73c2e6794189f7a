import { useCallback, useSyncExternalStore } from 'react'
import type { MapView } from '../domain/map-view'
import { parseViewState, shareUnchanged, writeViewState, type ViewState } from './view-state'

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

// The URL is global, so is its parsed form: one parse per distinct query string, sharing every
// unchanged part with the one before (see shareUnchanged).
let lastSearch: string | null = null
let lastState: ViewState | null = null

function readViewState(): ViewState {
  const search = window.location.search
  if (search !== lastSearch || lastState === null) {
    lastState = shareUnchanged(lastState, parseViewState(search))
    lastSearch = search
  }
  return lastState
}

export interface NavigateOptions {
  /** Push a history entry (Back returns here) instead of replacing the current one. */
  readonly push?: boolean
}

function replaceSearch(next: string, push: boolean): void {
  const url = `${window.location.pathname}${next}${window.location.hash}`
  if (push) window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
}

/** The URL is the single store of view state; this hook reads it and writes it. */
export function useViewState(): [
  ViewState,
  (patch: Partial<ViewState>, options?: NavigateOptions) => void,
] {
  const state = useSyncExternalStore(subscribe, readViewState)
  const navigate = useCallback((patch: Partial<ViewState>, options?: NavigateOptions) => {
    const next = writeViewState(window.location.search, patch)
    if (next === window.location.search) return
    replaceSearch(next, options?.push === true)
    window.dispatchEvent(new Event(LOCAL_NAVIGATION))
  }, [])
  return [state, navigate]
}

/**
 * Keeps the camera in the URL (`map=`) for links and reloads, telling no one: the map already
 * shows it, and nothing else depends on it, so panning re-renders nothing. The next read of the
 * view state picks it up.
 */
export function writeCamera(mapView: MapView): void {
  const next = writeViewState(window.location.search, { mapView })
  if (next !== window.location.search) replaceSearch(next, false)
}
