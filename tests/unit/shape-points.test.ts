import { describe, expect, it } from 'vitest'
import {
  mapShape,
  representativePoint,
  shapeKind,
  type FeatureShape,
} from '../../src/domain/feature-shape'

// Where a line's or an area's pin stands (a U-shaped area is in feature-shapes.test.ts), and how
// a shape is moved (GCJ-02 to WGS-84). Expected points are worked out by hand, [lng, lat].
describe("a shape's pin", () => {
  it('stands outside a hole in the area', () => {
    const ring: FeatureShape = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
          [0, 0],
        ],
        [
          [1, 1],
          [1, 3],
          [3, 3],
          [3, 1],
          [1, 1],
        ],
      ],
    }
    expect(representativePoint(ring)).toEqual({ lng: 0.5, lat: 2 })
  })

  it('stands in the largest of several areas, listed first or last', () => {
    const small = [
      [
        [10, 10],
        [11, 10],
        [11, 11],
        [10, 11],
        [10, 10],
      ],
    ]
    const large = [
      [
        [0, 0],
        [4, 0],
        [4, 6],
        [0, 6],
        [0, 0],
      ],
    ]
    for (const coordinates of [
      [small, large],
      [large, small],
    ]) {
      expect(representativePoint({ type: 'MultiPolygon', coordinates })).toEqual({ lng: 2, lat: 3 })
    }
  })

  it('stands half-way along the longest line', () => {
    // The long line is 2 + 4 = 6 long: half-way is 1 along its second stretch.
    const lines: FeatureShape = {
      type: 'MultiLineString',
      coordinates: [
        [
          [5, 5],
          [6, 5],
        ],
        [
          [0, 0],
          [0, 2],
          [4, 2],
        ],
        [
          [7, 7],
          [7, 8],
        ],
      ],
    }
    expect(representativePoint(lines)).toEqual({ lng: 1, lat: 2 })
  })

  it('of several points is the first point', () => {
    const points: FeatureShape = {
      type: 'MultiPoint',
      coordinates: [
        [126.5, 43.8],
        [126.6, 43.9],
      ],
    }
    expect(representativePoint(points)).toEqual({ lng: 126.5, lat: 43.8 })
  })

  it('of a collection prefers an area to a line, and a line to a point', () => {
    const point = { type: 'Point' as const, coordinates: [9, 9] }
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [0, 0],
        [2, 0],
      ],
    }
    const area = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [4, 4],
          [6, 4],
          [6, 6],
          [4, 6],
          [4, 4],
        ],
      ],
    }
    expect(representativePoint({ type: 'GeometryCollection', geometries: [point, line] })).toEqual({
      lng: 1,
      lat: 0,
    })
    expect(
      representativePoint({ type: 'GeometryCollection', geometries: [point, line, area] }),
    ).toEqual({ lng: 5, lat: 5 })
    expect(shapeKind({ type: 'GeometryCollection', geometries: [point, line] })).toBe('line')
    expect(shapeKind({ type: 'GeometryCollection', geometries: [point] })).toBe('points')
  })
})

describe('moving a shape', () => {
  const shift = (lng: number, lat: number) => [lng + 1, lat + 10] as const

  it('moves every position of every kind, keeping its structure', () => {
    const collection: FeatureShape = {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [1, 1] },
        { type: 'MultiPoint', coordinates: [[2, 2]] },
        { type: 'LineString', coordinates: [[3, 3]] },
        { type: 'MultiLineString', coordinates: [[[4, 4]]] },
        { type: 'Polygon', coordinates: [[[5, 5]]] },
        { type: 'MultiPolygon', coordinates: [[[[6, 6]]]] },
      ],
    }
    expect(mapShape(collection, shift)).toEqual({
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [2, 11] },
        { type: 'MultiPoint', coordinates: [[3, 12]] },
        { type: 'LineString', coordinates: [[4, 13]] },
        { type: 'MultiLineString', coordinates: [[[5, 14]]] },
        { type: 'Polygon', coordinates: [[[6, 15]]] },
        { type: 'MultiPolygon', coordinates: [[[[7, 16]]]] },
      ],
    })
  })

  it('leaves the original shape as it was', () => {
    const line: FeatureShape = { type: 'LineString', coordinates: [[126.5, 43.8]] }
    mapShape(line, shift)
    expect(line).toEqual({ type: 'LineString', coordinates: [[126.5, 43.8]] })
  })
})
