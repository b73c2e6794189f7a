import { PROPERTY_RULES, TOUR_RULES, type EnterpriseProperties } from './dataset-rules'
import { validateFields } from './field-rules'
import { NO_INDUSTRY, type Dataset, type Enterprise, type Tour } from './enterprise'
import { describeValue, isPlainObject } from './describe-value'
import { problem, type Problem } from './problem'

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

/** Decodes a dataset file's text, then parses it; shared by the app, the file picker and the CLI. */
export function parseDatasetText(text: string): ParseOutcome {
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
    json = JSON.parse(text)
  } catch {
    return failure(problem(/^\s*</.test(text) ? 'htmlPage' : 'notJson'))
  }
  return parseDataset(json)
}

/**
 * Turns untrusted JSON into enterprises. Every feature is checked on its own, so one bad
 * feature costs only itself; the dataset fails as a whole only when nothing usable is left.
 */
export function parseDataset(json: unknown): ParseOutcome {
  const root = readRoot(json)
  if ('code' in root) return failure(root)
  const { features } = root

  const enterprises: Enterprise[] = []
  const problems: FeatureProblem[] = []
  const seenIds = new Set<string>()
  let pointCount = 0
  features.forEach((feature: unknown, index) => {
    if (isPointFeature(feature)) pointCount += 1
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
    return failure(explainNothingUsable(features.length, pointCount), problems)
  }
  const warnings: Problem[] = []
  const tour = parseTour(root.tour, warnings)
  return { ok: true, dataset: { enterprises, tour }, problems, warnings }
}

function failure(error: Problem, problems: readonly FeatureProblem[] = []): ParseOutcome {
  return { ok: false, error, problems }
}

function explainNothingUsable(featureCount: number, pointCount: number): Problem {
  if (featureCount === 0) return problem('emptyCollection')
  if (pointCount === 0) return problem('noPointFeatures', { count: featureCount })
  return problem('noUsablePoints', { count: pointCount })
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

function isPointFeature(feature: unknown): boolean {
  return (
    isPlainObject(feature) && isPlainObject(feature.geometry) && feature.geometry.type === 'Point'
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
  const position = readPosition(feature.geometry, reasons)
  const properties = readProperties(feature.properties, reasons)
  if (reasons.length > 0 || id === null || position === null || properties === null) {
    return { ok: false, id, reasons }
  }
  return { ok: true, enterprise: toEnterprise(id, position, properties) }
}

/** Ids are optional in GeoJSON; a missing one becomes "feature-N" so the feature can still be linked. */
function readId(id: unknown, index: number, reasons: Problem[]): string | null {
  if (id === undefined) return `feature-${String(index + 1)}`
  if (typeof id === 'string' && id.trim() !== '') return id
  if (typeof id === 'number' && Number.isFinite(id)) return String(id)
  reasons.push(problem('idWrong', { value: describeValue(id) }))
  return null
}

function readPosition(geometry: unknown, reasons: Problem[]): Enterprise['position'] | null {
  if (geometry === undefined || geometry === null) {
    reasons.push(problem('noGeometry'))
    return null
  }
  if (!isPlainObject(geometry)) {
    reasons.push(problem('geometryNotObject', { value: describeValue(geometry) }))
    return null
  }
  if (geometry.type !== 'Point') {
    reasons.push(
      typeof geometry.type === 'string'
        ? problem('notPoint', { type: geometry.type })
        : problem('geometryNoType'),
    )
    return null
  }
  const coordinates = geometry.coordinates
  if (!Array.isArray(coordinates)) {
    reasons.push(
      coordinates === undefined
        ? problem('noCoordinates')
        : problem('coordinatesNotList', { value: describeValue(coordinates) }),
    )
    return null
  }
  if (coordinates.length < 2) {
    reasons.push(problem('needTwoCoordinates'))
    return null
  }
  if (coordinates.length > 3) {
    reasons.push(problem('tooManyCoordinates'))
    return null
  }
  const lng: unknown = coordinates[0]
  const lat: unknown = coordinates[1]
  if (typeof lng !== 'number' || typeof lat !== 'number' || !isFinite(lng) || !isFinite(lat)) {
    reasons.push(problem('coordinatesNotNumbers'))
    return null
  }
  const altitude: unknown = coordinates[2]
  if (coordinates.length === 3 && (typeof altitude !== 'number' || !isFinite(altitude))) {
    reasons.push(problem('altitudeNotNumber'))
    return null
  }
  const lngOk = lng >= -180 && lng <= 180
  const latOk = lat >= -90 && lat <= 90
  if (!latOk && lngOk && Math.abs(lng) <= 90 && Math.abs(lat) <= 180) {
    reasons.push(problem('swapped', { lng, lat }))
    return null
  }
  if (!lngOk || !latOk) {
    reasons.push(problem('outOfRange', { lng, lat }))
    return null
  }
  return { lat, lng }
}

type Properties = EnterpriseProperties

function readProperties(properties: unknown, reasons: Problem[]): Properties | null {
  if (properties === undefined || properties === null) {
    reasons.push(problem('noProperties'))
    return null
  }
  if (!isPlainObject(properties)) {
    reasons.push(problem('propertiesNotObject', { value: describeValue(properties) }))
    return null
  }
  const result = validateFields(PROPERTY_RULES, properties)
  if (!result.ok) {
    reasons.push(...result.reasons)
    return null
  }
  return result.value
}

function toEnterprise(id: string, position: Enterprise['position'], p: Properties): Enterprise {
  return {
    id,
    name: p.name,
    nameZh: p.nameZh ?? null,
    nameInRelease: p.nameInRelease ?? null,
    nameNote: p.nameNote ?? null,
    industry: p.industry ?? NO_INDUSTRY,
    products: p.products ?? null,
    topics: p.topics ?? [],
    visitTopics: p.visitTopics ?? [],
    visitNotes: p.visitNotes ?? null,
    visitSource: p.visitSource ?? null,
    visitDate: p.visitDate ?? null,
    precision: p.precision ?? null,
    district: p.district ?? null,
    districtZh: p.districtZh ?? null,
    locationNote: p.locationNote ?? null,
    namedInRelease: p.namedInRelease ?? null,
    evidence: p.evidence ?? null,
    sources: p.sources ?? [],
    position,
  }
}

function parseTour(value: unknown, warnings: Problem[]): Tour | null {
  if (value === undefined) return null
  if (!isPlainObject(value)) {
    warnings.push(problem('tourNotObject', { value: describeValue(value) }))
    return null
  }
  const result = validateFields(TOUR_RULES, value)
  if (!result.ok) {
    warnings.push(problem('tourIgnored', { reasons: result.reasons }))
    return null
  }
  const t = result.value
  return {
    title: t.title,
    titleZh: t.titleZh ?? null,
    startDate: t.startDate,
    endDate: t.endDate,
    place: t.place ?? null,
    placeZh: t.placeZh ?? null,
    leader: t.leader ?? null,
    leaderZh: t.leaderZh ?? null,
    officials: t.officials ?? [],
    themes: t.themes ?? [],
    enterprisesVisited: t.enterprisesVisited ?? null,
    releaseUrl: t.releaseUrl ?? null,
    releasePosted: t.releasePosted ?? null,
    lastChecked: t.lastChecked ?? null,
  }
}
