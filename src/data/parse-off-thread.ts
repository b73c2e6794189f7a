import type { Enterprise, Tour } from '../domain/enterprise'
import type { FeatureProblem, OnChecked, ParseOutcome } from '../domain/parse-dataset'
import { readDatasetText } from '../domain/read-dataset-text'
import type { Problem } from '../domain/problem'

/** Below this size the page parses the dataset itself: starting a worker would cost more. */
export const OFF_THREAD_BYTES = 1024 * 1024

/** What dataset.worker.ts sends back, in this order: progress and batches, then done or failed. */
export type FromWorker =
  | { readonly kind: 'checked'; readonly checked: number; readonly total: number }
  | { readonly kind: 'enterprises'; readonly enterprises: readonly Enterprise[] }
  | {
      readonly kind: 'done'
      readonly tour: Tour | null
      readonly problems: readonly FeatureProblem[]
      readonly warnings: readonly Problem[]
    }
  | {
      readonly kind: 'failed'
      readonly error: Problem
      readonly problems: readonly FeatureProblem[]
    }

/**
 * Reads a dataset's bytes (GeoJSON, uMap or CSV): in a worker when it is large (and workers are available), so the
 * page never freezes while tens of thousands of features are checked; here otherwise.
 */
export function parseDatasetBytes(
  chunks: readonly Uint8Array[],
  onChecked: OnChecked,
  signal?: AbortSignal,
): Promise<ParseOutcome> {
  const bytes = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0)
  if (bytes < OFF_THREAD_BYTES || typeof Worker === 'undefined') {
    return readDatasetText(decode(chunks), onChecked)
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' })
    const enterprises: Enterprise[] = []
    const finish = () => {
      worker.terminate()
      signal?.removeEventListener('abort', abort)
    }
    const abort = () => {
      finish()
      reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'))
    }
    signal?.addEventListener('abort', abort)
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const message = event.data
      if (message.kind === 'checked') onChecked(message.checked, message.total)
      else if (message.kind === 'enterprises') enterprises.push(...message.enterprises)
      else {
        finish()
        resolve(
          message.kind === 'failed'
            ? { ok: false, error: message.error, problems: message.problems }
            : {
                ok: true,
                dataset: { enterprises, tour: message.tour },
                problems: message.problems,
                warnings: message.warnings,
              },
        )
      }
    })
    // A worker that cannot start (an old browser, a stricter host policy): parse here instead.
    worker.addEventListener('error', (event) => {
      event.preventDefault()
      finish()
      resolve(readDatasetText(decode(chunks), onChecked))
    })
    // Copies, not transfers: the fallback above may still need the bytes.
    worker.postMessage(chunks.map((chunk) => chunk.slice().buffer))
  })
}

function decode(chunks: readonly Uint8Array[]): string {
  const decoder = new TextDecoder()
  return chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join('') + decoder.decode()
}
