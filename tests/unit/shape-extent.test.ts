import { describe, expect, it } from 'vitest'
import type { FeatureShape } from '../../src/domain/feature-shape'
import { shapeExtent } from '../../src/domain/shape-extent'

// The box the map frames a line or an area with, [west, south, east, north]. The extremes sit at
// the start and in the middle of each list, never only at its end.
describe('the extent of a shape', () => {
  const zigzag = [
    [126.1, 43.9],
    [126.9, 43.2],
    [126.5, 43.5],
  ]

  it.each<[string, FeatureShape]>([
    ['a line', { type: 'LineString', coordinates: zigzag }],
    ['several points', { type: 'MultiPoint', coordinates: zigzag }],
    ['an area', { type: 'Polygon', coordinates: [[...zigzag, zigzag[0] ?? []]] }],
    [
      'several lines',
      { type: 'MultiLineString', coordinates: [zigzag.slice(0, 2), zigzag.slice(2)] },
    ],
    [
      'several areas',
      {
        type: 'MultiPolygon',
        coordinates: [
          [[...zigzag, zigzag[0] ?? []]],
          [
            [
              [126.5, 43.5],
              [126.6, 43.5],
              [126.5, 43.6],
              [126.5, 43.5],
            ],
          ],
        ],
      },
    ],
  ])('of %s spans every position', (_, shape) => {
    expect(shapeExtent(shape)).toEqual([126.1, 43.2, 126.9, 43.9])
  })

  it('of a collection takes in its points, lines and areas', () => {
    const shape: FeatureShape = {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [125.9, 43.6] },
        {
          type: 'LineString',
          coordinates: [
            [126.2, 43.1],
            [126.3, 43.3],
          ],
        },
        {
          type: 'Polygon',
          coordinates: [
            [
              [126.4, 44.1],
              [127.2, 43.4],
              [126.4, 43.4],
              [126.4, 44.1],
            ],
          ],
        },
      ],
    }
    expect(shapeExtent(shape)).toEqual([125.9, 43.1, 127.2, 44.1])
  })
})
