import type { District } from '../../src/domain/districts'

type Ring = District['polygons'][number][number]

/** Ray casting on [lng, lat]; holes count as outside. Good enough at county scale. */
export function districtContains(district: District, lng: number, lat: number): boolean {
  return district.polygons.some(
    ([outer, ...holes]) =>
      outer !== undefined &&
      ringContains(outer, lng, lat) &&
      !holes.some((hole) => ringContains(hole, lng, lat)),
  )
}

function ringContains(ring: Ring, x: number, y: number): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]
    const b = ring[j]
    if (a === undefined || b === undefined) continue
    const [xi, yi] = a
    const [xj, yj] = b
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}
