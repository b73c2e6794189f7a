import { parseDataset, type FeatureProblem } from '../domain/parse-dataset'
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
  const body = await response.text()
  const json = decodeJson(body, url)
  const outcome = parseDataset(json)
  if (!outcome.ok) {
    throw new DatasetError('invalid', `The dataset (${url}) cannot be shown. ${outcome.error}`, {
      problems: outcome.problems,
    })
  }
  return { dataset: outcome.dataset, problems: outcome.problems, warnings: outcome.warnings }
}

function decodeJson(body: string, url: string): unknown {
  try {
    return JSON.parse(body)
  } catch {
    if (/^\s*</.test(body)) {
      throw new DatasetError(
        'html',
        `The server sent a web page instead of GeoJSON data (${url}); the address may be wrong or a proxy may have blocked it.`,
      )
    }
    throw new DatasetError(
      'not-json',
      `The dataset (${url}) is not valid JSON, so it cannot be read.`,
    )
  }
}
