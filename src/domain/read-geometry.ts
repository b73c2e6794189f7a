import { isPlainObject } from './describe-value'
import type { LatLng } from './enterprise'
import { representativePoint, type FeatureShape } from './feature-shape'
import { problem, type Problem } from './problem'
import { readPosition } from './read-position'

/** Where a feature is: the point its pin stands on and, for lines and areas, the whole shape. */
export interface Location {
  readonly position: LatLng
  readonly shape?: FeatureShape
}

/** How deep each shape's positions are nested in "coordinates". */
const NESTING = {
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
} as const

type NestedType = keyof typeof NESTING

/**
 * A feature's location, or null with the reason added to `reasons`. Points, lines, areas and
 * collections of them are all drawn; only a geometry that cannot be drawn (missing, malformed,
 * off the Earth, an open ring) is reported.
 */
export function readGeometry(geometry: unknown, reasons: Problem[]): Location | null {
  if (!isPlainObject(geometry) || geometry.type === 'Point') {
    const position = readPosition(geometry, reasons)
    return position === null ? null : { position }
  }
  const before = reasons.length
  checkGeometry(geometry, reasons, 0)
  if (reasons.length > before) return null
  const shape = geometry as unknown as FeatureShape
  return { position: representativePoint(shape), shape }
}

/** Collections inside collections deeper than this are refused rather than walked. */
const MAX_COLLECTION_DEPTH = 4

function checkGeometry(geometry: unknown, reasons: Problem[], depth: number): void {
  if (!isPlainObject(geometry)) {
    reasons.push(problem('geometryNoType'))
    return
  }
  const type = geometry.type
  if (type === 'Point') {
    readPosition(geometry, reasons)
    return
  }
  if (type === 'GeometryCollection') {
    const members = geometry.geometries
    if (!Array.isArray(members) || members.length === 0 || depth >= MAX_COLLECTION_DEPTH) {
      reasons.push(problem('shapeEmpty', { type }))
      return
    }
    for (const member of members) checkGeometry(member, reasons, depth + 1)
    return
  }
  if (typeof type !== 'string') {
    reasons.push(problem('geometryNoType'))
    return
  }
  if (!(type in NESTING)) {
    reasons.push(problem('notPoint', { type }))
    return
  }
  const nested = type as NestedType
  const issue = checkNested(geometry.coordinates, NESTING[nested], nested)
  if (issue !== null) reasons.push(problem(issue, { type }))
}

type ShapeIssue = 'shapeCoordinates' | 'shapeEmpty' | 'shapePosition' | 'lineTooShort' | 'ringOpen'

/** The first defect of a shape's coordinates, walking `depth` list levels down to positions. */
function checkNested(value: unknown, depth: number, type: NestedType): ShapeIssue | null {
  if (!Array.isArray(value)) return 'shapeCoordinates'
  if (value.length === 0) return 'shapeEmpty'
  if (depth === 1) {
    if (!value.every(isPosition)) {
      return value.every(Array.isArray) ? 'shapePosition' : 'shapeCoordinates'
    }
    return checkPath(value, type)
  }
  for (const child of value) {
    const issue = checkNested(child, depth - 1, type)
    if (issue !== null) return issue
  }
  return null
}

/** A line needs two positions; a polygon's ring four, the last repeating the first (RFC 7946 §3.1.6). */
function checkPath(path: readonly (readonly number[])[], type: NestedType): ShapeIssue | null {
  if (type === 'MultiPoint') return null
  if (type === 'LineString' || type === 'MultiLineString') {
    return path.length < 2 ? 'lineTooShort' : null
  }
  const first = path[0]
  const last = path[path.length - 1]
  const closed = first?.[0] === last?.[0] && first?.[1] === last?.[1]
  return path.length < 4 || !closed ? 'ringOpen' : null
}

function isPosition(value: unknown): boolean {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) return false
  if (!value.every((n) => typeof n === 'number' && Number.isFinite(n))) return false
  const [lng, lat] = value as number[]
  return lng !== undefined && lat !== undefined && Math.abs(lng) <= 180 && Math.abs(lat) <= 90
}
