import { beforeEach, describe, expect, it } from 'vitest'
import { outlineHighlight } from '../../src/domain/district-highlight'
import { parseDistricts } from '../../src/domain/districts'
import { districtContains } from '../support/district-contains'

const square = (x: number, y: number) => [
  [x, y],
  [x + 1, y],
  [x + 1, y + 1],
  [x, y + 1],
  [x, y],
]
// Parsed in beforeEach, not at import: npm run mutate then knows which tests cover it.
let outlines: ReturnType<typeof parseDistricts>
beforeEach(() => {
  outlines = parseDistricts({
    type: 'FeatureCollection',
    attribution: { source: 'test outlines', license: 'MIT' },
    features: [
      {
        type: 'Feature',
        id: 'a',
        properties: { name: 'Panshi City', nameZh: '磐石市' },
        geometry: { type: 'Polygon', coordinates: [square(0, 0)] },
      },
      {
        type: 'Feature',
        id: 'b',
        properties: { name: 'Shulan City', nameZh: '舒兰市' },
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              square(5, 5),
              [
                [5.25, 5.25],
                [5.75, 5.25],
                [5.75, 5.75],
                [5.25, 5.75],
                [5.25, 5.25],
              ],
            ],
          ],
        },
      },
      { type: 'Feature', properties: { name: 'broken' }, geometry: null },
    ],
  })
})

describe('parseDistricts', () => {
  it('reads names, shapes and attribution, skipping malformed features', () => {
    expect(outlines.districts.map((d) => d.name)).toEqual(['Panshi City', 'Shulan City'])
    expect(outlines.attribution).toBe('test outlines, MIT')
  })

  it('returns no outlines for a file that is not a FeatureCollection', () => {
    expect(parseDistricts('nope').districts).toEqual([])
  })
})

describe('districtContains', () => {
  it('tells inside from outside, treating holes as outside', () => {
    const [panshi, shulan] = outlines.districts
    expect(districtContains(panshi!, 0.5, 0.5)).toBe(true)
    expect(districtContains(panshi!, 1.5, 0.5)).toBe(false)
    expect(districtContains(shulan!, 5.1, 5.1)).toBe(true)
    expect(districtContains(shulan!, 5.5, 5.5)).toBe(false)
  })
})

describe('outlineHighlight', () => {
  const districtsNow = () => outlines.districts
  it('outlines the county of a county-level point, by English or Chinese name', () => {
    expect(
      outlineHighlight({ precision: 'county', district: 'Panshi City' }, districtsNow()),
    ).toEqual({
      kind: 'district',
      districtId: 'a',
    })
    expect(outlineHighlight({ precision: 'county', district: '舒兰市' }, districtsNow())).toEqual({
      kind: 'district',
      districtId: 'b',
    })
  })

  it('outlines the whole city when the district is unknown', () => {
    expect(outlineHighlight({ precision: 'city', district: null }, districtsNow())).toEqual({
      kind: 'city',
    })
  })

  it('outlines nothing for zones, sites, towns or no selection', () => {
    expect(
      outlineHighlight(
        { precision: 'county', district: 'Jilin High-tech Industrial Development Zone' },
        districtsNow(),
      ).kind,
    ).toBe('none')
    expect(
      outlineHighlight({ precision: 'site', district: 'Panshi City' }, districtsNow()).kind,
    ).toBe('none')
    expect(outlineHighlight(null, districtsNow()).kind).toBe('none')
  })
})
