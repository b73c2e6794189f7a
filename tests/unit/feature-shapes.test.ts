import { describe, expect, it } from 'vitest'
import { english } from '../support/english'
import { parseDataset } from '../../src/domain/parse-dataset'
import { convertPositions } from '../../src/domain/coordinate-system'
import { toGeoJson } from '../../src/domain/export'
import { shapeExtent, shapeKind } from '../../src/domain/feature-shape'

/** An overpass export as osmtogeojson writes it: ways become Polygons and LineStrings with tags. */
const park = {
  type: 'Feature',
  id: 'way/24681357',
  properties: { name: 'Riverside Park', leisure: 'park', 'name:zh': '江滨公园' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [126.54, 43.83],
        [126.56, 43.83],
        [126.56, 43.84],
        [126.54, 43.84],
        [126.54, 43.83],
      ],
    ],
  },
}
const road = {
  type: 'Feature',
  id: 'way/13579',
  properties: { name: 'Jiangwan Road', highway: 'primary', lanes: '4' },
  geometry: {
    type: 'LineString',
    coordinates: [
      [126.5, 43.8],
      [126.52, 43.8],
      [126.52, 43.82],
    ],
  },
}
/** A U-shaped building: its centroid lies in the courtyard, outside the building. */
const uShaped = {
  type: 'Feature',
  id: 'way/1',
  properties: { building: 'school' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [3, 0],
        [3, 3],
        [2, 3],
        [2, 1],
        [1, 1],
        [1, 3],
        [0, 3],
        [0, 0],
      ],
    ],
  },
}
const cafe = {
  type: 'Feature',
  id: 'node/42',
  properties: { name: 'North Café', amenity: 'cafe' },
  geometry: { type: 'Point', coordinates: [126.55, 43.835] },
}

function collection(...features: unknown[]) {
  return { type: 'FeatureCollection', features }
}

function loaded(...features: unknown[]) {
  const outcome = parseDataset(collection(...features))
  if (!outcome.ok) throw new Error(english(outcome.error))
  return outcome
}

function refusedWith(geometry: unknown): string {
  const outcome = parseDataset(collection(cafe, { ...park, id: 'bad', geometry }))
  if (!outcome.ok) throw new Error(english(outcome.error))
  expect(outcome.dataset.enterprises.map((e) => e.id)).toEqual(['node/42'])
  return outcome.problems.flatMap((p) => p.reasons.map(english)).join(' ')
}

describe('lines and areas in other people’s data', () => {
  it('keeps polygons and lines with their geometry, tags and a point to pin them on', () => {
    const outcome = loaded(cafe, park, road)
    expect(outcome.problems).toEqual([])
    const [point, area, line] = outcome.dataset.enterprises
    expect(point?.shape).toBeUndefined()
    expect(area).toMatchObject({ id: 'way/24681357', name: 'Riverside Park', shape: park.geometry })
    expect(area?.ownProperties).toMatchObject({ leisure: 'park' })
    expect(area?.position.lng).toBeCloseTo(126.55, 6)
    expect(area?.position.lat).toBeCloseTo(43.835, 6)
    // Half-way along 0.04° of road is the corner.
    expect(line?.position.lng).toBeCloseTo(126.52, 6)
    expect(line?.position.lat).toBeCloseTo(43.8, 6)
    expect(line?.shape && shapeKind(line.shape)).toBe('line')
  })

  it('pins an area inside it, even where its centroid is not', () => {
    const [school] = loaded(uShaped).dataset.enterprises
    expect(school?.position).toEqual({ lng: 0.5, lat: 1.75 })
    expect(school?.name).toBe('Unnamed (feature 1)')
  })

  it('draws multi-polygons, multi-lines and collections, pinned on their largest part', () => {
    const multi = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [10, 10],
            [11, 10],
            [11, 11],
            [10, 10],
          ],
        ],
        [
          [
            [0, 0],
            [4, 0],
            [4, 2],
            [0, 2],
            [0, 0],
          ],
        ],
      ],
    }
    const gathered = { type: 'GeometryCollection', geometries: [road.geometry, multi] }
    const [a, b] = loaded({ ...park, geometry: multi }, { ...road, geometry: gathered }).dataset
      .enterprises
    expect(a?.position).toEqual({ lng: 2, lat: 1 })
    expect(b?.position).toEqual({ lng: 2, lat: 1 })
    expect(b?.shape && shapeKind(b.shape)).toBe('area')
    expect(b?.shape && shapeExtent(b.shape)).toEqual([0, 0, 126.52, 43.82])
  })

  it('reports only geometry that cannot be drawn, and says why', () => {
    const ring = park.geometry.coordinates[0] ?? []
    expect(refusedWith(null)).toContain('no location')
    expect(refusedWith({ type: 'Polygon', coordinates: [ring.slice(0, 4)] })).toContain(
      'A ring of its Polygon is not closed',
    )
    expect(refusedWith({ type: 'LineString', coordinates: [[126.5, 43.8]] })).toContain(
      'A line of its LineString has fewer than two positions',
    )
    expect(
      refusedWith({
        type: 'LineString',
        coordinates: [
          [126.5, 43.8],
          [226.5, 43.8],
        ],
      }),
    ).toContain('within the Earth')
    expect(refusedWith({ type: 'MultiPolygon', coordinates: [[[1]]] })).toContain(
      'not nested as a MultiPolygon needs',
    )
    expect(refusedWith({ type: 'GeometryCollection', geometries: [] })).toContain(
      'GeometryCollection has nothing to draw',
    )
    expect(refusedWith({ type: 'Circle', coordinates: [1, 2] })).toContain('Circle')
  })

  it('exports a shape as the geometry it came with', () => {
    const { enterprises } = loaded(cafe, park).dataset
    const exported = toGeoJson(enterprises, null, {
      url: 'https://example.org/',
      date: '2026-12-07',
    })
    expect(exported.features.map((f) => f.geometry)).toEqual([cafe.geometry, park.geometry])
    expect(exported.citation).toBe(
      'Tour Map, 2 features. https://example.org/ (exported 7 December 2026).',
    )
  })

  it('moves a shape with its pin when GCJ-02 is converted', () => {
    const { enterprises } = loaded(road).dataset
    const [moved] = convertPositions(enterprises, (lng, lat) => [lng + 1, lat - 1])
    expect(moved?.shape).toEqual({
      type: 'LineString',
      coordinates: [
        [127.5, 42.8],
        [127.52, 42.8],
        [127.52, 42.82],
      ],
    })
    expect(moved?.position.lng).toBeCloseTo(127.52, 6)
  })
})
