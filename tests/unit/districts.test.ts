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

describe('parseDistricts on a damaged outline file', () => {
  // Outlines are decoration: a damaged part is left out and the rest still drawn.
  const outline = (properties: unknown, geometry: unknown, id?: unknown) => ({
    type: 'Feature',
    ...(id === undefined ? {} : { id }),
    properties,
    geometry,
  })
  const names = { name: 'Panshi City', nameZh: '磐石市' }
  const polygon = { type: 'Polygon', coordinates: [square(0, 0)] }

  it('draws nothing from a file without a list of features', () => {
    expect(parseDistricts(null)).toEqual({ districts: [], attribution: null })
    expect(parseDistricts({ type: 'FeatureCollection' })).toEqual({
      districts: [],
      attribution: null,
    })
  })

  it('leaves out an outline without both names or without a polygon', () => {
    const parsed = parseDistricts({
      type: 'FeatureCollection',
      features: [
        null,
        { type: 'Feature', geometry: polygon },
        outline(names, null),
        outline({ nameZh: '磐石市' }, polygon),
        outline({ name: 'Panshi City' }, polygon),
        outline(names, { type: 'Point', coordinates: [126.5, 43.8] }),
        outline(names, { type: 'LineString', coordinates: square(0, 0) }),
        outline(names, { type: 'Polygon' }),
        outline({ name: 'Shulan City', nameZh: '舒兰市', kind: 'county-level city' }, polygon, 7),
      ],
    })
    expect(parsed.districts).toEqual([
      {
        id: 'Shulan City',
        name: 'Shulan City',
        nameZh: '舒兰市',
        kind: 'county-level city',
        polygons: [[square(0, 0)]],
      },
    ])
  })

  it('calls an outline without a kind a district, and keeps only the positions it can read', () => {
    const parsed = parseDistricts({
      type: 'FeatureCollection',
      features: [
        outline(
          { ...names, kind: 3 },
          {
            type: 'Polygon',
            coordinates: [
              [
                [126, 43],
                null,
                { 0: 126.5, 1: 43 },
                ['126.5', 43],
                [126.5, '43.5'],
                [127, 44, 250],
              ],
              'not a ring',
            ],
          },
        ),
      ],
    })
    expect(parsed.districts.map((d) => [d.kind, d.polygons])).toEqual([
      [
        'district',
        [
          [
            [
              [126, 43],
              [127, 44],
            ],
            [],
          ],
        ],
      ],
    ])
  })

  it('credits the source, with its licence when the file gives one', () => {
    const credit = (attribution: unknown) =>
      parseDistricts({ type: 'FeatureCollection', features: [], attribution }).attribution
    expect(credit(undefined)).toBeNull()
    expect(credit('OpenStreetMap')).toBeNull()
    expect(credit({ license: 'ODbL' })).toBeNull()
    expect(credit({ source: 42, license: 'ODbL' })).toBeNull()
    expect(credit({ source: 'OpenStreetMap' })).toBe('OpenStreetMap')
    expect(credit({ source: 'OpenStreetMap', license: 1 })).toBe('OpenStreetMap')
    expect(credit({ source: 'OpenStreetMap', license: 'ODbL' })).toBe('OpenStreetMap, ODbL')
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
