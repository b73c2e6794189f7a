/**
 * A page opened with `?data=` shows someone else's file, not the prerendered tour. The page's
 * inline loader (scripts/code-after-first-paint.ts) asks for that file while the HTML is still
 * parsing, some 300 ms before the app's code has arrived and run, and reads its body into
 * `chunks` as it comes: a body nobody reads stops downloading once the browser's buffer is full.
 * startDownload then takes the request over, replaying what has arrived and what follows.
 */
export const EARLY_DOWNLOAD_KEY = '__tourMapEarlyDownload'

/**
 * Set on <html> by the same loader on a `?data=` page: the prerendered tour under it is not what
 * the reader asked for, so it stays hidden (app.css) until the app has drawn its own view.
 */
export const OTHER_DATA_ATTRIBUTE = 'data-other-data'

/** What the inline loader leaves on `window`, written by hand there: checked before use. */
interface EarlyRequest {
  readonly url: string
  readonly controller: AbortController
  readonly response: Promise<Response>
  /** The body so far; an entry is dropped once replayed. */
  readonly chunks: (Uint8Array | null)[]
  readonly done: boolean
  /** Set when reading the body failed (an abort included). */
  readonly failure?: unknown
  /** Called by the loader after every chunk, the end or a failure. */
  wake: () => void
  /** The dataset worker the loader started once the file answered, and fed with every chunk. */
  worker?: unknown
}

/**
 * A dataset worker (dataset.worker.ts) started by the inline loader: it has been sent every
 * chunk of the file so far and will be sent the rest; what it said meanwhile waits in `heard`.
 */
export interface EarlyWorker {
  readonly worker: Worker
  readonly heard: unknown[]
  /** Set when the worker could not start (its error event). */
  readonly failed: boolean
}

export interface EarlyDownload {
  readonly response: Promise<Response>
  readonly controller: AbortController
  /** The loader's worker for this file, once (null when it started none); call after `response`. */
  readonly takeWorker: () => EarlyWorker | null
}

function isEarlyWorker(value: unknown): value is EarlyWorker {
  return (
    typeof Worker !== 'undefined' &&
    typeof value === 'object' &&
    value !== null &&
    'worker' in value &&
    value.worker instanceof Worker &&
    'heard' in value &&
    Array.isArray(value.heard) &&
    'failed' in value &&
    typeof value.failed === 'boolean'
  )
}

function isEarlyRequest(value: unknown): value is EarlyRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    'url' in value &&
    typeof value.url === 'string' &&
    'controller' in value &&
    value.controller instanceof AbortController &&
    'response' in value &&
    value.response instanceof Promise &&
    'chunks' in value &&
    Array.isArray(value.chunks)
  )
}

/** The request the page started for `url`, once: a retry must ask the server again. */
export function takeEarlyDownload(url: string): EarlyDownload | null {
  const holder = globalThis as unknown as Record<string, unknown>
  const early = holder[EARLY_DOWNLOAD_KEY]
  if (!isEarlyRequest(early) || early.url !== url) return null
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- one fixed key, see above
  delete holder[EARLY_DOWNLOAD_KEY]
  return {
    controller: early.controller,
    takeWorker() {
      const taken = early.worker
      early.worker = undefined
      return isEarlyWorker(taken) ? taken : null
    },
    response: early.response.then(
      (response) =>
        new Response(response.body === null ? null : replay(early), {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        }),
    ),
  }
}

function replay(early: EarlyRequest): ReadableStream<Uint8Array> {
  let next = 0
  return new ReadableStream<Uint8Array>({
    pull(stream) {
      return new Promise<void>((resolve) => {
        const step = () => {
          const chunk = early.chunks[next]
          if (chunk !== undefined && chunk !== null) {
            early.chunks[next] = null
            next += 1
            stream.enqueue(chunk)
          } else if (early.failure !== undefined) stream.error(early.failure)
          else if (early.done) stream.close()
          else {
            early.wake = step
            return
          }
          early.wake = () => undefined
          resolve()
        }
        step()
      })
    },
    cancel() {
      early.controller.abort()
    },
  })
}
