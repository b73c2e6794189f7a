import { takeEarlyDownload, type EarlyWorker } from './early-download'

/** A server that has not answered in this long is treated like a dropped connection. */
const TIMEOUT_MS = 30_000

/** A dataset request under way, with its time limit. */
export interface Download {
  readonly response: Promise<Response>
  /** Aborts when the caller's signal does or the time limit passes: the body's reads stop too. */
  readonly signal: AbortSignal
  readonly timedOut: () => boolean
  /** Stops the clock (and the request, when `abort`), once the dataset is read or given up. */
  readonly end: (abort?: boolean) => void
  /**
   * The dataset worker the page's inline loader started for this file and fed its bytes, once
   * (null when none): the parser adopts it rather than starting its own. Call after `response`.
   */
  readonly takeWorker: () => EarlyWorker | null
}

/**
 * Starts a dataset's request. Kept apart from fetch-dataset.ts (and its parser) so the request
 * can start at once while that code is still loading. A `?data=` file the page itself asked
 * for before any code ran (early-download.ts) is taken over rather than asked for again.
 */
export function startDownload(url: string, signal?: AbortSignal): Download {
  const early = takeEarlyDownload(url)
  const controller = early?.controller ?? new AbortController()
  const onAbort = () => {
    controller.abort()
  }
  signal?.addEventListener('abort', onAbort)
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, TIMEOUT_MS)
  const response = early?.response ?? fetch(url, { signal: controller.signal })
  // Read (and its failure turned into a DatasetError) by fetchDataset; until then not unhandled.
  response.catch(() => undefined)
  return {
    response,
    signal: controller.signal,
    timedOut: () => timedOut,
    end(abort = false) {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      if (abort) controller.abort()
      // Not adopted (the file was refused before it was read): nothing will ask it for more.
      early?.takeWorker()?.worker.terminate()
    },
    takeWorker: () => early?.takeWorker() ?? null,
  }
}
