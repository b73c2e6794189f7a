import { collectionForeignMembers } from './collection-members'
import { readMeta } from './dataset-meta'
import { describeValue, isPlainObject } from './describe-value'
import { labelNotes } from './feature-label'
import type { Dataset, Tour } from './enterprise'
import {
  featureCollector,
  GEOMETRY_TYPES,
  type FeatureCollector,
  type FeatureProblem,
} from './parse-feature'
import { validateFields } from './field-rules'
import { withDefaults } from './field-table'
import { problem, type Problem } from './problem'
import { readPosition } from './read-position'
import { TOUR_FIELDS } from './tour-fields'

export type { FeatureProblem } from './parse-feature'

export type ParseOutcome =
  | {
      readonly ok: true
      readonly dataset: Dataset
      readonly problems: readonly FeatureProblem[]
      readonly warnings: readonly Problem[]
    }
  | { readonly ok: false; readonly error: Problem; readonly problems: readonly FeatureProblem[] }

/** Larger files are refused before parsing, so a huge upload cannot freeze the page. */
export const MAX_DATASET_BYTES = 64 * 1024 * 1024

/** Called every so many features while a dataset is checked, for a progress count. */
export type OnChecked = (checked: number, total: number) => void

/** How many features are checked between two progress reports. */
const PROGRESS_EVERY = 5000

/** Decodes a dataset file's text, then parses it; shared by the app, the file picker and the CLI. */
export function parseDatasetText(text: string, onChecked?: OnChecked): ParseOutcome {
  if (text.length > MAX_DATASET_BYTES) {
    return failure(
      problem('tooLarge', {
        size: formatMegabytes(text.length),
        max: formatMegabytes(MAX_DATASET_BYTES),
      }),
    )
  }
  let json: unknown
  try {
    // Node's readFileSync keeps a UTF-8 byte-order mark that the browser's decoders drop.
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
  } catch {
    return failure(problem(/^\s*</.test(text) ? 'htmlPage' : 'notJson'))
  }
  return parseDataset(json, onChecked)
}

/**
 * Turns untrusted JSON into enterprises. Every feature is checked on its own, so one bad
 * feature costs only itself; the dataset fails as a whole only when nothing usable is left.
 */
export function parseDataset(json: unknown, onChecked?: OnChecked): ParseOutcome {
  const root = readRoot(json)
  if ('code' in root) return failure(root)
  const collector = featureCollector()
  root.features.forEach((feature: unknown, index) => {
    if (onChecked !== undefined && index > 0 && index % PROGRESS_EVERY === 0) {
      onChecked(index, root.features.length)
    }
    collector.add(feature)
  })
  return outcomeOf(json, root.tour, collector)
}

/**
 * The outcome for a collection whose features were checked one by one while its text arrived
 * (feature-stream.ts): `rest` is the collection with an empty `features` list. Null when `rest`
 * is not such a FeatureCollection; the caller then reads the whole text with parseDatasetText,
 * so both ways give the same outcome. Its enterprises are those the collector still holds: all of
 * them, unless the caller took some on the way (the dataset worker sends them on in batches).
 */
export function parseStreamedDataset(
  rest: unknown,
  collector: FeatureCollector,
): ParseOutcome | null {
  if (!isPlainObject(rest) || rest.type !== 'FeatureCollection') return null
  const root = readRoot(rest)
  if ('code' in root || root.features.length !== 0) return null
  return outcomeOf(rest, root.tour, collector)
}

function outcomeOf(json: unknown, tourValue: unknown, collector: FeatureCollector): ParseOutcome {
  const { enterprises, problems } = collector
  if (collector.accepted() === 0) {
    return failure(explainNothingUsable(collector.count(), collector.located()), problems)
  }
  const warnings: Problem[] = [
    ...labelNotes(collector.labelSources),
    ...collectionForeignMembers(json),
  ]
  const tour = parseTour(tourValue, warnings)
  return { ok: true, dataset: { enterprises, tour, meta: readMeta(json) }, problems, warnings }
}

export function failure(error: Problem, problems: readonly FeatureProblem[] = []): ParseOutcome {
  return { ok: false, error, problems }
}

function explainNothingUsable(featureCount: number, locatedCount: number): Problem {
  if (featureCount === 0) return problem('emptyCollection')
  if (locatedCount === 0) return problem('noPointFeatures', { count: featureCount })
  return problem('noUsablePoints', { count: locatedCount })
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** The FeatureCollection's parts, or why the file is not one. */
function readRoot(json: unknown): { features: unknown[]; tour: unknown } | Problem {
  if (!isPlainObject(json)) return problem('rootNotObject', { value: describeValue(json) })
  const type = json.type
  if (type === undefined) return problem('noType')
  if (typeof type !== 'string') return problem('typeNotText', { value: describeValue(type) })
  // A lone Feature is a collection of one; being lenient here costs nothing.
  if (type === 'Feature') return { features: [json], tour: undefined }
  if (type !== 'FeatureCollection') {
    if (type.toLowerCase() === 'featurecollection') return problem('typeCase', { type })
    if (GEOMETRY_TYPES.has(type)) {
      const defects: Problem[] = []
      if (type === 'Point') readPosition(json, defects)
      return problem('bareGeometry', { type, defects })
    }
    return problem('unknownType', { type })
  }
  if (!('features' in json)) return problem('noFeaturesList')
  if (!Array.isArray(json.features)) {
    return problem('featuresNotList', { value: describeValue(json.features) })
  }
  return { features: json.features, tour: json.tour }
}

function parseTour(value: unknown, warnings: Problem[]): Tour | null {
  if (value === undefined) return null
  if (!isPlainObject(value)) {
    warnings.push(problem('tourNotObject', { value: describeValue(value) }))
    return null
  }
  const result = validateFields(TOUR_FIELDS, value)
  if (!result.ok) {
    warnings.push(problem('tourIgnored', { reasons: result.reasons }))
    return null
  }
  return withDefaults(TOUR_FIELDS, result.value)
}
