import gcoord from 'gcoord'
import { describe, expect, it } from 'vitest'
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
