import { PROPERTY_RULES, TOUR_RULES, type EnterpriseProperties } from './dataset-rules'
import { validateFields } from './field-rules'
import { NO_INDUSTRY, type Dataset, type Enterprise, type Tour } from './enterprise'
import { describeValue, isPlainObject } from './describe-value'

/** Why one feature of a dataset could not be shown. */
export interface FeatureProblem {
  /** Zero-based position in the `features` array. */
  readonly index: number
  readonly id: string | null
  readonly reasons: readonly string[]
}

export type ParseOutcome =
  | {
      readonly ok: true
      readonly dataset: Dataset
      readonly problems: readonly FeatureProblem[]
      readonly warnings: readonly string[]
    }
  | { readonly ok: false; readonly error: string; readonly problems: readonly FeatureProblem[] }

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
      `The file is too large (${formatMegabytes(text.length)}); Tour Map reads datasets up to ${formatMegabytes(MAX_DATASET_BYTES)}.`,
    )
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return failure(
      /^\s*</.test(text)
        ? 'This is a web page (HTML), not GeoJSON data; the address may be wrong or a proxy may have blocked it.'
        : 'The file is not valid JSON, so it cannot be read. Check it with a JSON validator.',
    )
  }
  return parseDataset(json)
}

/**
 * Turns untrusted JSON into enterprises. Every feature is checked on its own, so one bad
 * feature costs only itself; the dataset fails as a whole only when nothing usable is left.
 */
export function parseDataset(json: unknown): ParseOutcome {
  const root = readRoot(json)
  if (typeof root === 'string') return failure(root)
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
        reasons: [`The id "${result.enterprise.id}" is already used by an earlier feature.`],
      })
    } else {
      seenIds.add(result.enterprise.id)
      enterprises.push(result.enterprise)
    }
  })

  if (enterprises.length === 0) {
    return failure(explainNothingUsable(features.length, pointCount), problems)
  }
  const warnings: string[] = []
  const tour = parseTour(root.tour, warnings)
  return { ok: true, dataset: { enterprises, tour }, problems, warnings }
}

function failure(error: string, problems: readonly FeatureProblem[] = []): ParseOutcome {
  return { ok: false, error, problems }
}

function explainNothingUsable(featureCount: number, pointCount: number): string {
  if (featureCount === 0) return 'The FeatureCollection is empty: it has no point features.'
  if (pointCount === 0) {
    return `The file has no point features: none of its ${plural(featureCount, 'feature')} is a Point, and Tour Map shows only points.`
  }
  return `The file has no point features Tour Map can show: ${plural(pointCount, 'point feature')} failed the checks listed below.`
}

function plural(count: number, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? '' : 's'}`
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

function isPointFeature(feature: unknown): boolean {
  return (
    isPlainObject(feature) && isPlainObject(feature.geometry) && feature.geometry.type === 'Point'
  )
}

/** The FeatureCollection's parts, or a sentence saying why the file is not one. */
function readRoot(json: unknown): { features: unknown[]; tour: unknown } | string {
  if (!isPlainObject(json)) {
    return `The file must hold a GeoJSON object, but it holds ${describeValue(json)}.`
  }
  const type = json.type
  if (type === undefined) {
    return 'The file has no "type": a Tour Map dataset is a GeoJSON FeatureCollection.'
  }
  if (typeof type !== 'string') {
    return `The file's "type" should be the text "FeatureCollection", but it is ${describeValue(type)}.`
  }
  // A lone Feature is a collection of one; being lenient here costs nothing.
  if (type === 'Feature') return { features: [json], tour: undefined }
  if (type !== 'FeatureCollection') {
    if (type.toLowerCase() === 'featurecollection') {
      return `The file's "type" must be written exactly "FeatureCollection" (it is "${type}").`
    }
    if (GEOMETRY_TYPES.has(type)) {
      const bare = `The file is a bare ${type} geometry with no name or properties, so it has no point features to show.`
      const defects: string[] = []
      if (type === 'Point') readPosition(json, defects)
      return defects.length === 0
        ? bare
        : `${bare} ${defects.join(' ').replace(/^Its /, 'Also, its ')}`
    }
    return `The file's "type" is "${type}", which is not a GeoJSON type; expected "FeatureCollection".`
  }
  if (!('features' in json)) {
    return 'The FeatureCollection has no "features" list.'
  }
  if (!Array.isArray(json.features)) {
    return `The FeatureCollection's "features" should be a list, but it is ${describeValue(json.features)}.`
  }
  return { features: json.features, tour: json.tour }
}

type FeatureResult =
  | { readonly ok: true; readonly enterprise: Enterprise }
  | { readonly ok: false; readonly id: string | null; readonly reasons: readonly string[] }

function parseFeature(feature: unknown, index: number): FeatureResult {
  if (!isPlainObject(feature)) {
    return {
      ok: false,
      id: null,
      reasons: [`It is ${describeValue(feature)}, not a Feature object.`],
    }
  }
  const reasons: string[] = []
  const id = readId(feature.id, index, reasons)
  if (feature.type !== 'Feature') {
    reasons.push(
      feature.type === undefined
        ? 'It has no "type": "Feature".'
        : `Its "type" should be "Feature", but it is ${describeValue(feature.type)}.`,
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
function readId(id: unknown, index: number, reasons: string[]): string | null {
  if (id === undefined) return `feature-${String(index + 1)}`
  if (typeof id === 'string' && id.trim() !== '') return id
  if (typeof id === 'number' && Number.isFinite(id)) return String(id)
  reasons.push(`Its "id" should be text or a number, but it is ${describeValue(id)}.`)
  return null
}

function readPosition(geometry: unknown, reasons: string[]): Enterprise['position'] | null {
  if (geometry === undefined || geometry === null) {
    reasons.push('It has no location (its "geometry" is missing or null).')
    return null
  }
  if (!isPlainObject(geometry)) {
    reasons.push(`Its "geometry" should be an object, but it is ${describeValue(geometry)}.`)
    return null
  }
  if (geometry.type !== 'Point') {
    reasons.push(
      typeof geometry.type === 'string'
        ? `Its geometry is a ${geometry.type}; only Point locations can be shown.`
        : 'Its geometry has no valid "type"; only Point locations can be shown.',
    )
    return null
  }
  const coordinates = geometry.coordinates
  if (!Array.isArray(coordinates)) {
    reasons.push(
      coordinates === undefined
        ? 'Its Point has no "coordinates".'
        : `Its Point "coordinates" should be [longitude, latitude], but they are ${describeValue(coordinates)}.`,
    )
    return null
  }
  if (coordinates.length < 2) {
    reasons.push('Its Point needs two coordinates: [longitude, latitude].')
    return null
  }
  if (coordinates.length > 3) {
    reasons.push('Its Point has more than three coordinates; expected [longitude, latitude].')
    return null
  }
  const lng: unknown = coordinates[0]
  const lat: unknown = coordinates[1]
  if (typeof lng !== 'number' || typeof lat !== 'number' || !isFinite(lng) || !isFinite(lat)) {
    reasons.push('Its coordinates must both be numbers: [longitude, latitude].')
    return null
  }
  const altitude: unknown = coordinates[2]
  if (coordinates.length === 3 && (typeof altitude !== 'number' || !isFinite(altitude))) {
    reasons.push('Its coordinates must all be numbers: the third one (altitude) is not.')
    return null
  }
  const lngOk = lng >= -180 && lng <= 180
  const latOk = lat >= -90 && lat <= 90
  if (!latOk && lngOk && Math.abs(lng) <= 90 && Math.abs(lat) <= 180) {
    reasons.push(
      `Its coordinates [${String(lng)}, ${String(lat)}] look swapped: GeoJSON puts longitude first, then latitude.`,
    )
    return null
  }
  if (!lngOk || !latOk) {
    reasons.push(
      `Its coordinates [${String(lng)}, ${String(lat)}] are outside the Earth's range (longitude −180…180, latitude −90…90).`,
    )
    return null
  }
  return { lat, lng }
}

type Properties = EnterpriseProperties

function readProperties(properties: unknown, reasons: string[]): Properties | null {
  if (properties === undefined || properties === null) {
    reasons.push('It has no "properties", so it has no name to show.')
    return null
  }
  if (!isPlainObject(properties)) {
    reasons.push(`Its "properties" should be an object, but they are ${describeValue(properties)}.`)
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

function parseTour(value: unknown, warnings: string[]): Tour | null {
  if (value === undefined) return null
  if (!isPlainObject(value)) {
    warnings.push(
      `The dataset's tour description was ignored: it is ${describeValue(value)}, not an object.`,
    )
    return null
  }
  const result = validateFields(TOUR_RULES, value)
  if (!result.ok) {
    warnings.push(`The dataset's tour description was ignored: ${result.reasons.join(' ')}`)
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
