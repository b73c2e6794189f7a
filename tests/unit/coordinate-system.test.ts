import gcoord from 'gcoord'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { convertPositions, looksLikeGcj02 } from '../../src/domain/coordinate-system'
import type { Enterprise } from '../../src/domain/enterprise'
import { parseDataset } from '../../src/domain/parse-dataset'

function load(...features: [number, number, Record<string, unknown>][]): readonly Enterprise[] {
  const outcome = parseDataset({
    type: 'FeatureCollection',
    features: features.map(([lng, lat, properties]) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lng, lat] },
      properties,
    })),
  })
  if (!outcome.ok) throw new Error('expected success')
  return outcome.dataset.enterprises
}

describe('GCJ-02', () => {
  it('is suspected for an AMap place search export in China', () => {
    const amap = load([126.55, 43.84, { name: '北山公园', adcode: '220202', typecode: '110101' }])
    expect(looksLikeGcj02(amap)).toBe(true)
  })

  it('is not suspected for OpenStreetMap data, nor for AMap-looking data outside China', () => {
    expect(looksLikeGcj02(load([126.55, 43.84, { name: 'Beishan Park', leisure: 'park' }]))).toBe(
      false,
    )
    expect(looksLikeGcj02(load([2.35, 48.85, { name: 'Paris', adcode: '75' }]))).toBe(false)
  })

  it('converts Tiananmen from its GCJ-02 position to WGS-84, about 600 m west-south-west', () => {
    const [gate] = convertPositions(
      load([116.397428, 39.90923, { name: 'Tiananmen' }]),
      (lng, lat) => {
        const [x, y] = gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84)
        return [x, y]
      },
    )
    expect(gate?.position.lng).toBeCloseTo(116.39124, 3)
    expect(gate?.position.lat).toBeCloseTo(39.90782, 3)
  })
})

describe('GCJ-02 suspicion', () => {
  // Imported afresh for each test, not at the top: the key list is built at import, and npm run
  // mutate then counts these tests as covering it.
  let looksLike: typeof looksLikeGcj02
  beforeEach(async () => {
    vi.resetModules()
    ;({ looksLikeGcj02: looksLike } = await import('../../src/domain/coordinate-system'))
  })

  // Jilin City, inside mainland China, where AMap and Tencent publish offset coordinates.
  const jilin = [126.55, 43.84] as const

  it('is not raised for a file with no features', () => {
    expect(looksLike([])).toBe(false)
  })

  it.each([
    'adcode',
    'citycode',
    'typecode',
    'pcode',
    'pname',
    'adname',
    'business_area',
    'ad_info',
    'gridcode',
    'ADCODE',
  ])('is raised by the AMap/Tencent place property %s', (key) => {
    expect(looksLike(load([...jilin, { [key]: '220202' }]))).toBe(true)
  })

  it('is raised by a value or a key that names the web map', () => {
    expect(looksLike(load([...jilin, { source: '高德地图' }]))).toBe(true)
    expect(looksLike(load([...jilin, { source: 'Exported from Gaode' }]))).toBe(true)
    expect(looksLike(load([...jilin, { gcj02_lng: 126.55 }]))).toBe(true)
    expect(looksLike(load([...jilin, { source: 'OpenStreetMap', count: 2 }]))).toBe(false)
  })

  it('is raised when one feature of several carries the signature among other properties', () => {
    const places = load(
      [...jilin, { name: 'Century Square', leisure: 'park' }],
      [126.56, 43.85, { name: '北山公园', adcode: '220202', tel: '0432-1234567' }],
    )
    expect(looksLike(places)).toBe(true)
  })

  it('is raised when half the points are in China, not when fewer are', () => {
    const amap = { adcode: '220202' }
    const paris = [2.35, 48.85, amap] as const
    expect(looksLike(load([...jilin, amap], [...paris]))).toBe(true)
    expect(looksLike(load([...jilin, amap], [...paris], [...paris]))).toBe(false)
  })

  it.each([
    ['Tokyo, east of China', 139.69, 35.69],
    ['Bangkok, south of China', 100.5, 13.75],
    ['Yakutsk, north of China', 129.73, 62.03],
    ['the west edge of the box', 73, 40],
    ['the east edge of the box', 135.1, 40],
    ['the south edge of the box', 100, 18],
    ['the north edge of the box', 100, 53.6],
  ])('is not raised for AMap-looking data at %s', (_, lng, lat) => {
    expect(looksLike(load([lng, lat, { adcode: '220202' }]))).toBe(false)
  })
})
