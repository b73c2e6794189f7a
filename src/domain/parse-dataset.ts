import { collectionForeignMembers } from './collection-members'
import { readMeta } from './dataset-meta'
import { describeValue, isPlainObject } from './describe-value'
import { labelNotes, labelProperties, ownProperties } from './feature-label'
import type { Dataset, Enterprise, Tour } from './enterprise'
import { ENTERPRISE_FIELDS } from './enterprise-fields'
import { validateFields } from './field-rules'
import { withDefaults } from './field-table'
import { problem, type Problem } from './problem'
import { readGeometry } from './read-geometry'
import { readPosition } from './read-position'
import { TOUR_FIELDS } from './tour-fields'

/** Why one feature of a dataset could not be shown. */
export interface FeatureProblem {
  /** Zero-based position in the `features` array. */
  readonly index: number
  readonly id: string | null
  readonly reasons: readonly Problem[]
}

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

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
])

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
  const { features } = root

  const enterprises: Enterprise[] = []
  const problems: FeatureProblem[] = []
  const seenIds = new Set<string>()
  let locatedCount = 0
  features.forEach((feature: unknown, index) => {
    if (onChecked !== undefined && index > 0 && index % PROGRESS_EVERY === 0) {
      onChecked(index, features.length)
    }
    if (hasGeometryType(feature)) locatedCount += 1
    const result = parseFeature(feature, index)
    if (!result.ok) {
      problems.push({ index, id: result.id, reasons: result.reasons })
    } else if (seenIds.has(result.enterprise.id)) {
      problems.push({
        index,
        id: result.enterprise.id,
        reasons: [problem('duplicateId', { id: result.enterprise.id })],
      })
    } else {
      seenIds.add(result.enterprise.id)
      enterprises.push(result.enterprise)
    }
  })

  if (enterprises.length === 0) {
    return failure(explainNothingUsable(features.length, locatedCount), problems)
  }
  const warnings: Problem[] = [...labelNotes(enterprises), ...collectionForeignMembers(json)]
  const tour = parseTour(root.tour, warnings)
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

/** A feature with a geometry of a GeoJSON type, whether or not its coordinates pass. */
function hasGeometryType(feature: unknown): boolean {
  return (
    isPlainObject(feature) &&
    isPlainObject(feature.geometry) &&
    typeof feature.geometry.type === 'string' &&
    GEOMETRY_TYPES.has(feature.geometry.type)
  )
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

type FeatureResult =
  | { readonly ok: true; readonly enterprise: Enterprise }
  | { readonly ok: false; readonly id: string | null; readonly reasons: readonly Problem[] }

function parseFeature(feature: unknown, index: number): FeatureResult {
  if (!isPlainObject(feature)) {
    return {
      ok: false,
      id: null,
      reasons: [problem('notFeatureObject', { value: describeValue(feature) })],
    }
  }
  const reasons: Problem[] = []
  const id = readId(feature.id, index, reasons)
  if (feature.type !== 'Feature') {
    reasons.push(
      feature.type === undefined
        ? problem('noFeatureType')
        : problem('featureTypeWrong', { value: describeValue(feature.type) }),
    )
  }
  for (const member of FOREIGN_MEMBERS) {
    if (member in feature) reasons.push(problem('featureForeignMember', { member }))
  }
  const location = readGeometry(feature.geometry, reasons)
  const labelled = labelProperties(feature.properties, index)
  const properties = labelled === null ? null : readProperties(labelled.properties, reasons)
  if (
    reasons.length > 0 ||
    id === null ||
    location === null ||
    properties === null ||
    labelled === null
  ) {
    return { ok: false, id, reasons }
  }
  return {
    ok: true,
    enterprise: {
      id,
      ...location,
      ...withDefaults(ENTERPRISE_FIELDS, properties),
      labelFrom: labelled.labelFrom,
      ownProperties: ownProperties(feature.properties, ENTERPRISE_FIELDS),
    },
  }
}

/** RFC 7946 §7.1: a Feature with these members has changed its meaning; geojsonhint refuses it. */
const FOREIGN_MEMBERS = ['features', 'coordinates'] as const

/** Ids are optional in GeoJSON; a missing one becomes "feature-N" so the feature can still be linked. */
function readId(id: unknown, index: number, reasons: Problem[]): string | null {
  if (id === undefined) return `feature-${String(index + 1)}`
  if (typeof id === 'string' && id.trim() !== '') return id
  if (typeof id === 'number' && Number.isFinite(id)) return String(id)
  reasons.push(problem('idWrong', { value: describeValue(id) }))
  return null
}

function readProperties(
  properties: unknown,
  reasons: Problem[],
): Readonly<Record<string, unknown>> | null {
  if (!isPlainObject(properties)) {
    reasons.push(problem('propertiesNotObject', { value: describeValue(properties) }))
    return null
  }
  const result = validateFields(ENTERPRISE_FIELDS, properties)
  if (!result.ok) {
    reasons.push(...result.reasons)
    return null
  }
  return result.value
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
