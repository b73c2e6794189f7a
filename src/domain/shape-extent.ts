import type { Geometry, Position } from 'geojson'
import type { FeatureShape } from './feature-shape'

// Apart from feature-shape.ts: the map frames the data with this on its first view, while the
// rest of the shape code loads only with a file that has lines or areas.

/** [west, south, east, north] of every position of the shape. */
export function shapeExtent(shape: FeatureShape): readonly [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity]
  // A loop rather than Math.min(...positions): a county's outline can exceed the argument limit.
  const add = (p: Position): void => {
    const lng = p[0] ?? 0
    const lat = p[1] ?? 0
    if (lng < box[0]) box[0] = lng
    if (lat < box[1]) box[1] = lat
    if (lng > box[2]) box[2] = lng
    if (lat > box[3]) box[3] = lat
  }
  const walk = (g: Geometry): void => {
    switch (g.type) {
      case 'Point':
        add(g.coordinates)
        break
      case 'MultiPoint':
      case 'LineString':
        g.coordinates.forEach(add)
        break
      case 'MultiLineString':
      case 'Polygon':
        for (const line of g.coordinates) line.forEach(add)
        break
      case 'MultiPolygon':
        for (const polygon of g.coordinates) for (const ring of polygon) ring.forEach(add)
        break
      case 'GeometryCollection':
        g.geometries.forEach(walk)
        break
    }
  }
  walk(shape)
  return box
}
