import { useSyncExternalStore } from 'react'

/** How far a dataset's load has come: bytes received, then features checked. */
export interface LoadProgress {
  readonly bytes: number
  readonly checked: number
  /** Features in the file; 0 until known (features are checked while a large file downloads). */
  readonly total: number
}

const NONE: LoadProgress = { bytes: 0, checked: 0, total: 0 }
/** Per dataset URL, so a slow or large load can show that it is moving. */
const progress = new Map<string, LoadProgress>()
const listeners = new Set<() => void>()

/** Readers are told at most this often: a 50 MB file arrives in about 800 chunks. */
const NOTIFY_EVERY_MS = 100
let notifying: ReturnType<typeof setTimeout> | null = null

function update(url: string, patch: Partial<LoadProgress>): void {
  progress.set(url, { ...(progress.get(url) ?? NONE), ...patch })
  // Each notice re-renders the loading line on the page's thread, which meanwhile takes in the
  // checked enterprises: once per chunk it cost a quarter of a second at 50 000.
  notifying ??= setTimeout(() => {
    notifying = null
    for (const listener of listeners) listener()
  }, NOTIFY_EVERY_MS)
}

export function reportProgress(url: string, bytes: number): void {
  update(url, { bytes })
}

export function reportChecked(url: string, checked: number, total: number): void {
  update(url, { checked: total > 0 ? Math.min(checked, total) : checked, total })
}

/** Calls `listener` (at most every 100 ms) while any dataset loads. */
export function watchLoadProgress(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Every load so far, by URL (a file the reader opened: by `file:` and its name). */
export const loadProgress: ReadonlyMap<string, LoadProgress> = progress

export function useLoadProgress(url: string | null): LoadProgress {
  return useSyncExternalStore(watchLoadProgress, () =>
    url === null ? NONE : (progress.get(url) ?? NONE),
  )
}

/**
 * Dispatched on the page's window when a dataset has been read, before the page renders it, with
 * its enterprises as detail: src/app/clustering-ahead.ts starts indexing them for the map
 * meanwhile. An event rather than an import: src/data may not know the map. Named here, beside
 * the load progress that module also watches, so the sender and the listener share one name.
 */
export const DATASET_READ_EVENT = 'tourmap:dataset-read'
