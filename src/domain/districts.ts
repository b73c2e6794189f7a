import { isPlainObject } from './describe-value'

type Ring = readonly (readonly [number, number])[]

/** One county-level division of the toured city, in WGS-84. */
export interface District {
  readonly id: string
  readonly name: string
  readonly nameZh: string
  readonly kind: string
  /** Polygons, each a list of rings of [lng, lat]; the first ring is the outer edge. */
  readonly polygons: readonly (readonly Ring[])[]
}

export interface DistrictMap {
  readonly districts: readonly District[]
  readonly attribution: string | null
}

/** Reads the bundled outline file; anything malformed is skipped, since outlines are decoration. */
export function parseDistricts(json: unknown): DistrictMap {
  if (!isPlainObject(json) || !Array.isArray(json.features))
    return { districts: [], attribution: null }
  const districts: District[] = []
  for (const feature of json.features as unknown[]) {
    if (
      !isPlainObject(feature) ||
      !isPlainObject(feature.properties) ||
      !isPlainObject(feature.geometry)
    )
      continue
    const { name, nameZh, kind } = feature.properties
    const polygons = readPolygons(feature.geometry)
    if (typeof name !== 'string' || typeof nameZh !== 'string' || polygons === null) continue
    districts.push({
      id: typeof feature.id === 'string' ? feature.id : name,
      name,
      nameZh,
      kind: typeof kind === 'string' ? kind : 'district',
      polygons,
    })
  }
  const attribution = isPlainObject(json.attribution) ? json.attribution : null
  const source =
    attribution !== null && typeof attribution.source === 'string' ? attribution.source : null
  const license =
    attribution !== null && typeof attribution.license === 'string' ? attribution.license : null
  return {
    districts,
    attribution: source === null ? null : `${source}${license ? `, ${license}` : ''}`,
  }
}

function readPolygons(geometry: Record<string, unknown>): Ring[][] | null {
  const coordinates = geometry.coordinates
  if (!Array.isArray(coordinates)) return null
  if (geometry.type === 'Polygon') return [coordinates.map(readRing)]
  if (geometry.type === 'MultiPolygon')
    return coordinates.map((polygon) => (polygon as unknown[]).map(readRing))
  return null
}

function readRing(ring: unknown): Ring {
  if (!Array.isArray(ring)) return []
  return ring.flatMap((position: unknown) =>
    Array.isArray(position) && typeof position[0] === 'number' && typeof position[1] === 'number'
      ? [[position[0], position[1]] as const]
      : [],
  )
}
