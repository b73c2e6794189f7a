import { MAX_DATASET_BYTES, type FeatureProblem } from '../domain/parse-dataset'
import { sourceNameOf } from '../domain/dataset-meta'
import type { Dataset } from '../domain/enterprise'
import type { Problem } from '../domain/problem'
import { DatasetError } from './dataset-error'
import { reportChecked, reportProgress } from './load-progress'
import { parseDatasetBytes, startParser } from './parse-off-thread'
import { startDownload, type Download } from './start-download'

export interface LoadedDataset {
  readonly dataset: Dataset
  /** Features that were skipped, with reasons; the rest are shown. */
  readonly problems: readonly FeatureProblem[]
  readonly warnings: readonly Problem[]
  /** The file's name, or the last segment of the URL it came from, for the page to name it. */
  readonly sourceName: string
}

/**
 * Fetches, decodes and validates a dataset; every failure becomes a DatasetError. `started` is
 * the request when the caller began it already (see use-dataset.ts).
 */
export async function fetchDataset(
  url: string,
  signal?: AbortSignal,
  started: Download = startDownload(url, signal),
): Promise<LoadedDataset> {
  try {
    return await download(url, started)
  } catch (cause) {
    if (signal?.aborted === true || cause instanceof DatasetError) throw cause
    throw new DatasetError(started.timedOut() ? 'timeout' : 'network', { source: url }, true)
  } finally {
    started.end()
  }
}

async function download(url: string, started: Download): Promise<LoadedDataset> {
  const { signal } = started
  const response = await started.response
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
  // The parser takes the bytes as they arrive: a large file's worker works while the rest downloads.
  const parser = startParser(
    declaredSize,
    (checked, total) => {
      reportChecked(url, checked, total)
    },
    started.takeWorker(),
  )
  try {
    await readWithProgress(response, url, parser.push)
  } catch (cause) {
    parser.cancel()
    throw cause
  }
  const outcome = await parser.finish(signal)
  if (!outcome.ok) {
    throw new DatasetError('invalid', {
      source: url,
      problem: outcome.error,
      problems: outcome.problems,
    })
  }
  return {
    dataset: outcome.dataset,
    problems: outcome.problems,
    warnings: outcome.warnings,
    sourceName: sourceNameOf(url),
  }
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
  // Told like a download's progress, though no loading line shows it: clustering-ahead.ts
  // starts the map's cluster worker for a large file meanwhile.
  reportProgress(`file:${file.name}`, file.size)
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
  return {
    dataset: outcome.dataset,
    problems: outcome.problems,
    warnings: outcome.warnings,
    sourceName: file.name,
  }
}

/** Reads the body chunk by chunk, reporting bytes received, and refuses it past the size limit. */
async function readWithProgress(
  response: Response,
  url: string,
  take: (chunk: Uint8Array) => void,
): Promise<void> {
  const reader = response.body?.getReader()
  if (reader === undefined) {
    take(new Uint8Array(await response.arrayBuffer()))
    return
  }
  let bytes = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    bytes += value.byteLength
    if (bytes > MAX_DATASET_BYTES) {
      await reader.cancel()
      throw new DatasetError('too-large', { source: url, maxMB: MAX_DATASET_BYTES / 1024 / 1024 })
    }
    take(value)
    reportProgress(url, bytes)
  }
}
