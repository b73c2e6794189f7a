import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { parseViewState, writeViewState, type ViewState } from './view-state'

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

function readSearch(): string {
  return window.location.search
}

export interface NavigateOptions {
  /** Push a history entry (Back returns here) instead of replacing the current one. */
  readonly push?: boolean
}

/** The URL is the single store of view state; this hook reads it and writes it. */
export function useViewState(): [
  ViewState,
  (patch: Partial<ViewState>, options?: NavigateOptions) => void,
] {
  const search = useSyncExternalStore(subscribe, readSearch)
  const state = useMemo(() => parseViewState(search), [search])
  const navigate = useCallback((patch: Partial<ViewState>, options?: NavigateOptions) => {
    const next = writeViewState(window.location.search, patch)
    if (next === window.location.search) return
    const url = `${window.location.pathname}${next}${window.location.hash}`
    if (options?.push === true) window.history.pushState(null, '', url)
    else window.history.replaceState(null, '', url)
    window.dispatchEvent(new Event(LOCAL_NAVIGATION))
  }, [])
  return [state, navigate]
}
