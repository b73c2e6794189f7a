import { MAX_DATASET_BYTES, type FeatureProblem } from '../domain/parse-dataset'
import type { Dataset } from '../domain/enterprise'
import type { Problem } from '../domain/problem'
import { DatasetError } from './dataset-error'
import { reportChecked, reportProgress } from './load-progress'
import { parseDatasetBytes } from './parse-off-thread'

export interface LoadedDataset {
  readonly dataset: Dataset
  /** Features that were skipped, with reasons; the rest are shown. */
  readonly problems: readonly FeatureProblem[]
  readonly warnings: readonly Problem[]
}

/** A server that has not answered in this long is treated like a dropped connection. */
const TIMEOUT_MS = 30_000

/** Fetches, decodes and validates a dataset; every failure becomes a DatasetError. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<LoadedDataset> {
  const controller = new AbortController()
  const onAbort = () => {
    controller.abort()
  }
  signal?.addEventListener('abort', onAbort)
  const state = { timedOut: false }
  const timer = setTimeout(() => {
    state.timedOut = true
    controller.abort()
  }, TIMEOUT_MS)
  try {
    return await download(url, controller.signal)
  } catch (cause) {
    if (signal?.aborted === true || cause instanceof DatasetError) throw cause
    throw new DatasetError(state.timedOut ? 'timeout' : 'network', { source: url }, true)
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }
}

async function download(url: string, signal: AbortSignal): Promise<LoadedDataset> {
  const response = await fetch(url, { signal })
  if (!response.ok) {
    const status = `HTTP ${String(response.status)}${response.statusText ? ` ${response.statusText}` : ''}`
    throw new DatasetError(
      'http',
      { source: url, status },
      response.status >= 500 || response.status === 429,
    )
  }
  const declaredSize = Number(response.headers.get('Content-Length'))
  if (declaredSize > MAX_DATASET_BYTES) {
    throw new DatasetError('too-large', { source: url, maxMB: MAX_DATASET_BYTES / 1024 / 1024 })
  }
  const body = await readWithProgress(response, url)
  const outcome = await parseDatasetBytes(
    body,
    (checked, total) => {
      reportChecked(url, checked, total)
    },
    signal,
  )
  if (!outcome.ok) {
    throw new DatasetError('invalid', {
      source: url,
      problem: outcome.error,
      problems: outcome.problems,
    })
  }
  return { dataset: outcome.dataset, problems: outcome.problems, warnings: outcome.warnings }
}

/** Reads a file the user picked or dropped; it is parsed here and never leaves the browser. */
export async function readDatasetFile(file: File): Promise<LoadedDataset> {
  if (file.size > MAX_DATASET_BYTES) {
    throw new DatasetError('too-large', {
      source: file.name,
      fromFile: true,
      sizeMB: Math.round(file.size / 1024 / 1024),
      maxMB: MAX_DATASET_BYTES / 1024 / 1024,
    })
  }
  const outcome = await parseDatasetBytes([new Uint8Array(await file.arrayBuffer())], () => {
    // A local file is read at once; its check is quick enough to need no count.
  })
  if (!outcome.ok) {
    throw new DatasetError('invalid', {
      source: file.name,
      fromFile: true,
      problem: outcome.error,
      problems: outcome.problems,
    })
  }
  return { dataset: outcome.dataset, problems: outcome.problems, warnings: outcome.warnings }
}

/** Reads the body chunk by chunk, reporting bytes received, and refuses it past the size limit. */
async function readWithProgress(response: Response, url: string): Promise<Uint8Array[]> {
  const reader = response.body?.getReader()
  if (reader === undefined) return [new Uint8Array(await response.arrayBuffer())]
  const parts: Uint8Array[] = []
  let bytes = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    bytes += value.byteLength
    if (bytes > MAX_DATASET_BYTES) {
      await reader.cancel()
      throw new DatasetError('too-large', { source: url, maxMB: MAX_DATASET_BYTES / 1024 / 1024 })
    }
    parts.push(value)
    reportProgress(url, bytes)
  }
  return parts
}
