import type { DatasetMeta } from '../domain/dataset-meta'
import type { Enterprise, Tour } from '../domain/enterprise'
import type { FeatureProblem, OnChecked, ParseOutcome } from '../domain/parse-dataset'
import { readDatasetText } from '../domain/read-dataset-text'
import type { Problem } from '../domain/problem'
import { recordUnpacker, type CompactBatch } from './compact-batches'
import type { EarlyWorker } from './early-download'
import { DATASET_READ_EVENT } from './load-progress'

/** Below this size the page parses the dataset itself: starting a worker would cost more. */
export const OFF_THREAD_BYTES = 1024 * 1024

/** What the page sends dataset.worker.ts: the file's bytes as they arrive, then its end. */
export type ToWorker =
  { readonly kind: 'bytes'; readonly bytes: ArrayBuffer } | { readonly kind: 'end' }

/**
 * What dataset.worker.ts sends back, in this order: progress and batches, then done or failed.
 * `restart` drops the batches sent so far: the file is read again, whole (see the worker).
 * `resend` asks for the file's bytes again, then its end: the worker dropped its text while
 * checking features as they arrived, and must read the file whole after all.
 */
export type FromWorker =
  | { readonly kind: 'checked'; readonly checked: number; readonly total: number }
  | {
      readonly kind: 'enterprises'
      /** Enterprises in their compact form (compact-batches.ts). */
      readonly batch: CompactBatch
      /** Enterprises sent so far, this batch included, of `total` (0 while still downloading). */
      readonly checked: number
      readonly total: number
    }
  | { readonly kind: 'restart' }
  | { readonly kind: 'resend' }
  | {
      readonly kind: 'done'
      readonly tour: Tour | null
      readonly meta: DatasetMeta | undefined
      readonly problems: readonly FeatureProblem[]
      readonly warnings: readonly Problem[]
    }
  | {
      readonly kind: 'failed'
      readonly error: Problem
      readonly problems: readonly FeatureProblem[]
    }

/** Takes a dataset's bytes while they download, then reads them (GeoJSON, uMap or CSV). */
export interface DatasetParser {
  readonly push: (chunk: Uint8Array) => void
  readonly finish: (signal?: AbortSignal) => Promise<ParseOutcome>
  /** Stops the worker of a download that failed before its end. */
  readonly cancel: () => void
}

/**
 * A parser for a download of `expectedBytes` (0 when unknown); `onChecked` hears how many
 * features are checked, also while the file still downloads. Once the bytes reach
 * OFF_THREAD_BYTES (at once when the size is announced), a worker starts and receives every chunk
 * as it arrives: its code loads and the text is decoded while the rest downloads, and the page
 * never holds all the bytes in one task. Smaller files, or where no worker starts, are read here.
 * `early`: the worker the page's inline loader started for this file, whatever its size (its
 * cost was paid while the code downloaded), which the loader sends every chunk itself.
 */
export function startParser(
  expectedBytes: number,
  onChecked: OnChecked,
  early: EarlyWorker | null = null,
): DatasetParser {
  const chunks: Uint8Array[] = []
  let received = 0
  let worker: OffThread | null = early === null ? null : offThread(onChecked, chunks, early)
  const canUseWorker = typeof Worker !== 'undefined'
  const start = () => {
    worker = offThread(onChecked, chunks)
    for (const chunk of chunks) worker.send(chunk)
  }
  if (worker === null && canUseWorker && expectedBytes >= OFF_THREAD_BYTES) start()
  return {
    push(chunk) {
      chunks.push(chunk)
      received += chunk.byteLength
      if (early !== null) return
      if (worker !== null) worker.send(chunk)
      else if (canUseWorker && received >= OFF_THREAD_BYTES) start()
    },
    finish(signal) {
      const here = () => readDatasetText(decode(chunks), onChecked)
      const outcome = worker === null ? here() : worker.finish(here, signal)
      void outcome.then(announceRead, () => undefined)
      return outcome
    },
    cancel() {
      worker?.cancel()
    },
  }
}

function announceRead(outcome: ParseOutcome): void {
  if (!outcome.ok || typeof window === 'undefined') return
  window.dispatchEvent(new CustomEvent(DATASET_READ_EVENT, { detail: outcome.dataset.enterprises }))
}

/** Reads a dataset's bytes that are all here already (an opened file). */
export function parseDatasetBytes(
  chunks: readonly Uint8Array[],
  onChecked: OnChecked,
  signal?: AbortSignal,
): Promise<ParseOutcome> {
  const parser = startParser(
    chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0),
    onChecked,
  )
  for (const chunk of chunks) parser.push(chunk)
  return parser.finish(signal)
}

interface OffThread {
  readonly send: (chunk: Uint8Array) => void
  /** The outcome; `fallback` reads the bytes here if the worker cannot start. */
  readonly finish: (
    fallback: () => Promise<ParseOutcome>,
    signal?: AbortSignal,
  ) => Promise<ParseOutcome>
  readonly cancel: () => void
}

type Ending = Extract<FromWorker, { kind: 'done' | 'failed' }>

/**
 * `chunks`: every chunk sent so far, which the page keeps in case the worker asks again.
 * `early`: a worker already started and fed (see startParser), whose messages so far are heard
 * first. The new worker's address must stay this literal for Vite to build it (the inline loader
 * finds the built file by its name, scripts/code-after-first-paint.ts).
 */
function offThread(
  onChecked: OnChecked,
  chunks: readonly Uint8Array[],
  early: EarlyWorker | null = null,
): OffThread {
  const worker =
    early?.worker ?? new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' })
  let failed = early?.failed ?? false
  let onFailure: (() => void) | null = null
  // Listened to from the start: batches arrive while the file still downloads.
  const enterprises: Enterprise[] = []
  let unpack = recordUnpacker<Enterprise>()
  let ending: Ending | null = null
  let onEnding: ((message: Ending) => void) | null = null
  const hear = (message: FromWorker) => {
    if (message.kind === 'checked') onChecked(message.checked, message.total)
    else if (message.kind === 'resend') {
      for (const chunk of chunks) send(chunk)
      post({ kind: 'end' })
    } else if (message.kind === 'restart') {
      enterprises.length = 0
      unpack = recordUnpacker<Enterprise>()
    } else if (message.kind === 'enterprises') {
      for (const enterprise of unpack(message.batch)) enterprises.push(enterprise)
      onChecked(message.checked, message.total)
    } else {
      ending = message
      onEnding?.(message)
    }
  }
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    hear(event.data)
  })
  // A worker that cannot start (an old browser, a stricter host policy): its bytes are read here.
  worker.addEventListener('error', (event) => {
    event.preventDefault()
    failed = true
    worker.terminate()
    onFailure?.()
  })
  if (early !== null) {
    // The loader's listeners stop holding messages; what they held is heard now, in order.
    worker.onmessage = null
    worker.onerror = null
    // Sent by our own dataset.worker.ts, like every message event above.
    for (const message of early.heard.splice(0) as FromWorker[]) hear(message)
    if (failed) worker.terminate()
  }
  function post(message: ToWorker, transfer: Transferable[] = []): void {
    if (!failed) worker.postMessage(message, transfer)
  }
  function send(chunk: Uint8Array): void {
    // A copy, transferred: the page keeps its own bytes in case the worker fails or asks again.
    const bytes = chunk.slice().buffer
    post({ kind: 'bytes', bytes }, [bytes])
  }
  return {
    cancel() {
      failed = true
      worker.terminate()
    },
    send,
    finish(fallback, signal) {
      if (failed) return fallback()
      return new Promise((resolve, reject) => {
        const stop = () => {
          worker.terminate()
          signal?.removeEventListener('abort', abort)
        }
        const abort = () => {
          stop()
          reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'))
        }
        signal?.addEventListener('abort', abort)
        const end = (message: Ending) => {
          stop()
          resolve(
            message.kind === 'failed'
              ? { ok: false, error: message.error, problems: message.problems }
              : {
                  ok: true,
                  dataset: { enterprises, tour: message.tour, meta: message.meta },
                  problems: message.problems,
                  warnings: message.warnings,
                },
          )
        }
        onFailure = () => {
          signal?.removeEventListener('abort', abort)
          resolve(fallback())
        }
        if (ending !== null) end(ending)
        else onEnding = end
        post({ kind: 'end' })
      })
    },
  }
}

function decode(chunks: readonly Uint8Array[]): string {
  const decoder = new TextDecoder()
  return chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join('') + decoder.decode()
}
