import { MAX_DATASET_BYTES, parseDatasetText, type FeatureProblem } from '../domain/parse-dataset'
import type { Dataset } from '../domain/enterprise'
import { DatasetError } from './dataset-error'

export interface LoadedDataset {
  readonly dataset: Dataset
  /** Features that were skipped, with reasons; the rest are shown. */
  readonly problems: readonly FeatureProblem[]
  readonly warnings: readonly string[]
}

/** Fetches, decodes and validates a dataset; every failure becomes a DatasetError. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<LoadedDataset> {
  let response: Response
  try {
    response = await fetch(url, {
      signal,
      headers: { Accept: 'application/geo+json, application/json' },
    })
  } catch (cause) {
    if (signal?.aborted === true) throw cause
    throw new DatasetError(
      'network',
      `The dataset could not be reached (${url}). Check the connection or the address.`,
      { transient: true },
    )
  }
  if (!response.ok) {
    const status = `HTTP ${String(response.status)}${response.statusText ? ` ${response.statusText}` : ''}`
    throw new DatasetError('http', `The server answered ${status} for the dataset (${url}).`, {
      transient: response.status >= 500 || response.status === 429,
    })
  }
  const declaredSize = Number(response.headers.get('Content-Length'))
  if (declaredSize > MAX_DATASET_BYTES) {
    throw new DatasetError(
      'too-large',
      `The dataset (${url}) is ${String(Math.round(declaredSize / 1024 / 1024))} MB; Tour Map reads datasets up to ${String(MAX_DATASET_BYTES / 1024 / 1024)} MB.`,
    )
  }
  const body = await response.text()
  const outcome = parseDatasetText(body)
  if (!outcome.ok) {
    throw new DatasetError('invalid', `The dataset (${url}) cannot be shown. ${outcome.error}`, {
      problems: outcome.problems,
    })
  }
  return { dataset: outcome.dataset, problems: outcome.problems, warnings: outcome.warnings }
}

/** Reads a file the user picked or dropped; it is parsed here and never leaves the browser. */
export async function readDatasetFile(file: File): Promise<LoadedDataset> {
  if (file.size > MAX_DATASET_BYTES) {
    throw new DatasetError(
      'too-large',
      `“${file.name}” is ${String(Math.round(file.size / 1024 / 1024))} MB; Tour Map reads datasets up to ${String(MAX_DATASET_BYTES / 1024 / 1024)} MB.`,
    )
  }
  const outcome = parseDatasetText(await file.text())
  if (!outcome.ok) {
    throw new DatasetError('invalid', `“${file.name}” cannot be shown. ${outcome.error}`, {
      problems: outcome.problems,
    })
  }
  return { dataset: outcome.dataset, problems: outcome.problems, warnings: outcome.warnings }
}
