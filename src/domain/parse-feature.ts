import { describeValue, isPlainObject } from './describe-value'
import type { Enterprise } from './enterprise'
import { ENTERPRISE_FIELDS } from './enterprise-fields'
import { countLabelSource, labelProperties, ownProperties } from './feature-label'
import { checkFieldsInto, fieldNames } from './field-table'
import { problem, type Problem } from './problem'
import { readGeometry } from './read-geometry'
import { recordTemplate } from './record-template'

/** Why one feature of a dataset could not be shown. */
export interface FeatureProblem {
  /** Zero-based position in the `features` array. */
  readonly index: number
  readonly id: string | null
  readonly reasons: readonly Problem[]
}

/**
 * Checks a collection's features one at a time, in order: the whole-file reader
 * (parse-dataset.ts) and the dataset worker, which checks features while the file downloads,
 * share it, so both keep or refuse the same features for the same reasons.
 */
export interface FeatureCollector {
  /** Checks the next feature of the collection. */
  readonly add: (feature: unknown) => void
  /** The features that passed, in file order, but for those taken. */
  readonly enterprises: readonly Enterprise[]
  /**
   * Hands out the first `count` of `enterprises` and forgets them: the dataset worker sends
   * them on in batches, and 50 000 kept until the end cost it their copying by every garbage
   * collection.
   */
  readonly take: (count: number) => Enterprise[]
  /** Features that passed so far, taken or not. */
  readonly accepted: () => number
  /** Where labels came from when not from `name` (labelNotes in feature-label.ts). */
  readonly labelSources: ReadonlyMap<string | null, number>
  readonly problems: readonly FeatureProblem[]
  /** Features checked so far. */
  readonly count: () => number
  /** Features with a geometry of a GeoJSON type, whether or not their coordinates passed. */
  readonly located: () => number
}

export function featureCollector(): FeatureCollector {
  let enterprises: Enterprise[] = []
  const problems: FeatureProblem[] = []
  const seenIds = new Set<string>()
  const labelSources = new Map<string | null, number>()
  let index = 0
  let locatedCount = 0
  let taken = 0
  return {
    add(feature) {
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
        countLabelSource(labelSources, result.enterprise)
      }
      index += 1
    },
    get enterprises() {
      return enterprises
    },
    take(count) {
      const handed = enterprises.slice(0, count)
      enterprises = enterprises.slice(count)
      taken += handed.length
      return handed
    },
    accepted: () => taken + enterprises.length,
    labelSources,
    problems,
    count: () => index,
    located: () => locatedCount,
  }
}

export const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
])

/** A feature with a geometry of a GeoJSON type, whether or not its coordinates pass. */
function hasGeometryType(feature: unknown): boolean {
  return (
    isPlainObject(feature) &&
    isPlainObject(feature.geometry) &&
    typeof feature.geometry.type === 'string' &&
    GEOMETRY_TYPES.has(feature.geometry.type)
  )
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
  // Built in place, in the order the fields are listed: spreading the checked fields into a new
  // object took a third of the time to check a feature (50 000 features: about 0.4 s), and
  // checking them into a record of their own first another fifth (about 0.15 s). A copy of a
  // template, so that every enterprise has the same fast layout (record-template.ts).
  const shaped = location?.shape !== undefined
  const enterprise: Record<string, unknown> = { ...(shaped ? SHAPED : POINT) }
  enterprise.id = id
  enterprise.position = location?.position
  if (shaped) enterprise.shape = location.shape
  const properties = labelled !== null && readProperties(labelled.properties, enterprise, reasons)
  if (reasons.length > 0 || id === null || location === null || !properties) {
    return { ok: false, id, reasons }
  }
  enterprise.labelFrom = labelled.labelFrom
  enterprise.ownProperties = ownProperties(feature.properties, ENTERPRISE_FIELDS)
  return { ok: true, enterprise: enterprise as unknown as Enterprise }
}

/** An enterprise's keys, in order: every record is a copy of one of these (record-template.ts). */
const POINT = recordTemplate([
  'id',
  'position',
  ...fieldNames(ENTERPRISE_FIELDS),
  'labelFrom',
  'ownProperties',
])
const SHAPED = recordTemplate([
  'id',
  'position',
  'shape',
  ...fieldNames(ENTERPRISE_FIELDS),
  'labelFrom',
  'ownProperties',
])

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

/** Checks the properties into `enterprise`, absent fields with their defaults; false if any fails. */
function readProperties(
  properties: unknown,
  enterprise: Record<string, unknown>,
  reasons: Problem[],
): boolean {
  if (!isPlainObject(properties)) {
    reasons.push(problem('propertiesNotObject', { value: describeValue(properties) }))
    return false
  }
  return checkFieldsInto(ENTERPRISE_FIELDS, properties, enterprise, reasons)
}
