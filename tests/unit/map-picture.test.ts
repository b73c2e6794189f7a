import { beforeEach, describe, expect, it } from 'vitest'
import type { Dataset } from '../../src/domain/enterprise'
import { renderMapPictureSvg } from '../../src/prerender/map-picture'
import { datasetOf, makeCollection, makeFeature } from '../support/dataset-fixtures'

// The picture a prerendered page shows until the map is drawn (MapRegion.tsx).
interface Pin {
  readonly x: number
  readonly y: number
}

/** Each pin's tip, read back from its group's translate (the 28×40 pin's tip is at 14, 39). */
function pinTips(svg: string): Pin[] {
  return [...svg.matchAll(/<g transform="translate\(([-\d.]+) ([-\d.]+)\)">/g)].map((m) => ({
    x: Number(m[1]) + 14,
    y: Number(m[2]) + 39,
  }))
}

function viewBox(svg: string) {
  const [, , width, height] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(' ').map(Number)
  return { width: width ?? Number.NaN, height: height ?? Number.NaN }
}

const spot = (id: string, lng: number, lat: number, properties: Record<string, unknown> = {}) =>
  makeFeature({ id, coordinates: [lng, lat], properties })

describe('the prerendered map picture', () => {
  let apart: Dataset
  beforeEach(() => {
    // West-north and east-south, about 50 km apart: no pins overlap.
    apart = datasetOf(makeCollection([spot('west', 126.2, 44.0), spot('east', 126.8, 43.6)]))
  })

  it('draws one pin per enterprise, west to the left, north above, centred on their frame', () => {
    const svg = renderMapPictureSvg(apart, [])
    const [first, second] = pinTips(svg).sort((a, b) => a.x - b.x)
    expect(pinTips(svg)).toHaveLength(2)
    // Drawn north to south: the northern (western) pin is also the higher one.
    expect(first!.y).toBeLessThan(second!.y)
    const box = viewBox(svg)
    // Shown at its own size (object-fit: none), its centre is the frame's, as on the map.
    expect(svg).toContain(`width="${String(box.width)}" height="${String(box.height)}"`)
    expect((first!.x + second!.x) / 2).toBeCloseTo(box.width / 2, 0)
    expect((first!.y + second!.y) / 2).toBeCloseTo(box.height / 2, 0)
    // 32 px of room round the points, as the map frames them (the size is in whole pixels).
    expect(Math.abs(first!.x - 32)).toBeLessThanOrEqual(1)
    expect(Math.abs(first!.y - 32)).toBeLessThanOrEqual(1)
    // At the whole zoom where the frame fits a phone's map (390 × 480) and the next would not.
    const frame = { width: second!.x - first!.x + 64, height: second!.y - first!.y + 64 }
    expect(frame.width <= 390 && frame.height <= 480).toBe(true)
    expect(2 * frame.width - 64 > 390 || 2 * frame.height - 64 > 480).toBe(true)
    expect(svg).not.toContain('stroke-dasharray')
  })

  it('fans out enterprises on one spot and joins each to it, as the map does', () => {
    const together = datasetOf(
      makeCollection([
        spot('a', 126.5, 43.8),
        spot('b', 126.5, 43.8),
        spot('c', 126.9, 43.5, { precision: 'city' }),
      ]),
    )
    const tips = pinTips(renderMapPictureSvg(together, []))
    expect(tips).toHaveLength(3)
    const distinct = new Set(tips.map((t) => `${String(t.x)},${String(t.y)}`))
    expect(distinct.size).toBe(3)
    const svg = renderMapPictureSvg(together, [])
    // One leader line and one true-spot circle per fanned-out pin.
    expect(svg.match(/<circle cx=[^>]*r="3"/g)).toHaveLength(2)
    // The city-level enterprise has the hollow, dashed pin of an unknown district.
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(1)
  })

  it('draws the district outlines, also beyond the frame', () => {
    const district = {
      id: 'd',
      name: 'District',
      nameZh: '区',
      kind: 'district',
      polygons: [
        [
          [
            [125.5, 45],
            [127.5, 45],
            [127.5, 43],
            [125.5, 43],
            [125.5, 45],
          ] as [number, number][],
        ],
      ],
    }
    const svg = renderMapPictureSvg(apart, [district])
    const outline = /<path d="M([-\d.]+) ([-\d.]+)L/.exec(svg)
    expect(outline).not.toBeNull()
    const [x, y] = [Number(outline![1]), Number(outline![2])]
    // Its north-west corner lies up and to the left of the pins, and inside the picture.
    const [west] = pinTips(svg).sort((a, b) => a.x - b.x)
    expect(x).toBeLessThan(west!.x)
    expect(y).toBeLessThan(west!.y)
    expect(x).toBeGreaterThanOrEqual(0)
    expect(y).toBeGreaterThanOrEqual(0)
    expect(viewBox(svg).width).toBeGreaterThan(2 * (west!.x - x))
  })

  it('refuses a dataset with nothing to draw', () => {
    expect(() => renderMapPictureSvg({ enterprises: [], tour: null }, [])).toThrow()
  })
})
