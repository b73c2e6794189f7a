import type { Geometry, Position } from 'geojson'
import type { LatLng } from './enterprise'

/**
 * A feature's geometry when it is more than one point (lines, areas, several points), checked by
 * read-geometry.ts, in GeoJSON's [longitude, latitude] order. Exports write it back unchanged.
 */
export type FeatureShape = Exclude<Geometry, { type: 'Point' }>

/** A shape taken apart for drawing: every point, line and polygon (outer ring first), [lng, lat]. */
export interface ShapeParts {
  readonly points: readonly Position[]
  readonly lines: readonly (readonly Position[])[]
  readonly polygons: readonly (readonly (readonly Position[])[])[]
}

export function shapeParts(geometry: Geometry): ShapeParts {
  const points: Position[] = []
  const lines: Position[][] = []
  const polygons: Position[][][] = []
  const collect = (g: Geometry): void => {
    switch (g.type) {
      case 'Point':
        points.push(g.coordinates)
        break
      case 'MultiPoint':
        points.push(...g.coordinates)
        break
      case 'LineString':
        lines.push(g.coordinates)
        break
      case 'MultiLineString':
        lines.push(...g.coordinates)
        break
      case 'Polygon':
        polygons.push(g.coordinates)
        break
      case 'MultiPolygon':
        polygons.push(...g.coordinates)
        break
      case 'GeometryCollection':
        g.geometries.forEach(collect)
        break
    }
  }
  collect(geometry)
  return { points, lines, polygons }
}

/** Whether a shape is an area, a line or a set of points: the kind the card and list name. */
export type ShapeKind = 'area' | 'line' | 'points'

export function shapeKind(shape: FeatureShape): ShapeKind {
  const parts = shapeParts(shape)
  if (parts.polygons.length > 0) return 'area'
  return parts.lines.length > 0 ? 'line' : 'points'
}

/**
 * The one point that stands for a shape: where its pin goes, what clusters, sorts and frames the
 * list's order. An area's point lies inside its largest polygon (not merely at the centroid, which
 * a crescent or a U-shaped campus does not contain); a line's is half-way along its longest part.
 */
export function representativePoint(shape: FeatureShape): LatLng {
  const parts = shapeParts(shape)
  const largest = maxBy(parts.polygons, (p) => Math.abs(ringArea(p[0] ?? [])))
  if (largest !== undefined) return toLatLng(pointInside(largest))
  const longest = maxBy(parts.lines, lineLength)
  if (longest !== undefined) return toLatLng(alongLine(longest, lineLength(longest) / 2))
  return toLatLng(parts.points[0] ?? [0, 0])
}

/** [west, south, east, north] of every position of the shape. */
export function shapeExtent(shape: FeatureShape): readonly [number, number, number, number] {
  const parts = shapeParts(shape)
  const all = [...parts.points, ...parts.lines.flat(), ...parts.polygons.flat(2)]
  const lngs = all.map((p) => p[0] ?? 0)
  const lats = all.map((p) => p[1] ?? 0)
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)]
}

/** The shape with every position moved by `convert`, e.g. from GCJ-02 to WGS-84. */
export function mapShape(
  shape: FeatureShape,
  convert: (lng: number, lat: number) => readonly [number, number],
): FeatureShape {
  const move = (p: Position): Position => [...convert(p[0] ?? 0, p[1] ?? 0)]
  const moveGeometry = (g: Geometry): Geometry => {
    switch (g.type) {
      case 'Point':
        return { type: g.type, coordinates: move(g.coordinates) }
      case 'MultiPoint':
      case 'LineString':
        return { type: g.type, coordinates: g.coordinates.map(move) }
      case 'MultiLineString':
      case 'Polygon':
        return { type: g.type, coordinates: g.coordinates.map((l) => l.map(move)) }
      case 'MultiPolygon':
        return { type: g.type, coordinates: g.coordinates.map((p) => p.map((l) => l.map(move))) }
      case 'GeometryCollection':
        return { type: g.type, geometries: g.geometries.map(moveGeometry) }
    }
  }
  return moveGeometry(shape) as FeatureShape
}

function toLatLng(p: Position): LatLng {
  return { lat: p[1] ?? 0, lng: p[0] ?? 0 }
}

function maxBy<T>(items: readonly T[], score: (item: T) => number): T | undefined {
  let best: T | undefined
  let bestScore = -Infinity
  for (const item of items) {
    const s = score(item)
    if (s > bestScore) {
      best = item
      bestScore = s
    }
  }
  return best
}

/** Shoelace area in square degrees: only compared between polygons of one feature. */
function ringArea(ring: readonly Position[]): number {
  let sum = 0
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? []
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? []
    sum += x0 * y1 - x1 * y0
  }
  return sum / 2
}

function lineLength(line: readonly Position[]): number {
  let length = 0
  for (let i = 0; i + 1 < line.length; i++) length += distance(line[i], line[i + 1])
  return length
}

function distance(a: Position | undefined, b: Position | undefined): number {
  return Math.hypot((a?.[0] ?? 0) - (b?.[0] ?? 0), (a?.[1] ?? 0) - (b?.[1] ?? 0))
}

function alongLine(line: readonly Position[], at: number): Position {
  let left = at
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i] ?? [0, 0]
    const b = line[i + 1] ?? [0, 0]
    const step = distance(a, b)
    if (step >= left && step > 0) {
      const t = left / step
      return [
        (a[0] ?? 0) + t * ((b[0] ?? 0) - (a[0] ?? 0)),
        (a[1] ?? 0) + t * ((b[1] ?? 0) - (a[1] ?? 0)),
      ]
    }
    left -= step
  }
  return line[0] ?? [0, 0]
}

/**
 * A point inside the polygon (outer ring minus holes): the middle of the widest stretch of the
 * polygon along the parallel through its vertices' mean latitude.
 */
function pointInside(polygon: readonly (readonly Position[])[]): Position {
  const outer = polygon[0] ?? []
  const y =
    outer.slice(0, -1).reduce((sum, p) => sum + (p[1] ?? 0), 0) / Math.max(outer.length - 1, 1)
  const crossings: number[] = []
  for (const ring of polygon) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x0 = 0, y0 = 0] = ring[i] ?? []
      const [x1 = 0, y1 = 0] = ring[i + 1] ?? []
      if (y0 <= y !== y1 <= y) crossings.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0))
    }
  }
  crossings.sort((a, b) => a - b)
  let best: Position | null = null
  let widest = -1
  // Between crossings 0–1, 2–3… the parallel is inside the polygon.
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const from = crossings[i] ?? 0
    const to = crossings[i + 1] ?? 0
    if (to - from > widest) {
      widest = to - from
      best = [(from + to) / 2, y]
    }
  }
  return best ?? outer[0] ?? [0, 0]
}
