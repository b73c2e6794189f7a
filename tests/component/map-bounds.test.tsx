import { describe, expect, it } from 'vitest'
import { boundsOf } from '../../src/map/bounds'
import { makeEnterprise } from '../support/dataset-fixtures'

// The frame the map fits on load: every pin, and the whole of every line and area.
// (Here rather than with the unit tests: Leaflet needs a DOM to load.)
const box = (bounds: ReturnType<typeof boundsOf>) => [
  bounds.getSouth(),
  bounds.getWest(),
  bounds.getNorth(),
  bounds.getEast(),
]

describe('the frame round a dataset', () => {
  it('holds every pin', () => {
    const frame = boundsOf([
      makeEnterprise({ id: 'a', coordinates: [126.5, 43.8] }),
      makeEnterprise({ id: 'b', coordinates: [125.9, 44.1] }),
      makeEnterprise({ id: 'c', coordinates: [127.2, 43.2] }),
    ])
    expect(box(frame)).toEqual([43.2, 125.9, 44.1, 127.2])
  })

  it('holds the whole of a line, not only its pin', () => {
    const road = makeEnterprise({ id: 'road', coordinates: [126.5, 43.8] })
    const line = {
      ...road,
      shape: {
        type: 'LineString' as const,
        coordinates: [
          [126.0, 43.5],
          [127.0, 44.5],
        ],
      },
    }
    const pin = makeEnterprise({ id: 'pin', coordinates: [126.2, 43.1] })
    expect(box(boundsOf([line, pin]))).toEqual([43.1, 126.0, 44.5, 127.0])
  })

  it('holds a pin set outside its own shape', () => {
    const odd = {
      ...makeEnterprise({ id: 'odd', coordinates: [128.0, 42.0] }),
      shape: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [126.0, 43.0],
            [126.5, 43.0],
            [126.5, 43.5],
            [126.0, 43.0],
          ],
        ],
      },
    }
    expect(box(boundsOf([odd]))).toEqual([42.0, 126.0, 43.5, 128.0])
  })

  it('is no frame at all for no enterprises', () => {
    expect(boundsOf([]).isValid()).toBe(false)
  })
})
