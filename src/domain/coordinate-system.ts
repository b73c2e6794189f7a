import type { Enterprise, LatLng } from './enterprise'
import { mapShape } from './feature-shape'

/**
 * Chinese web maps (AMap/Gaode, Tencent) publish coordinates in GCJ-02, an offset datum that
 * lands ~300–600 m away from the same place on a WGS-84 basemap. Tour Map converts them when
 * the reader asks (`?crs=gcj02`) and suggests it when a file looks like it came from one.
 */
export type CoordinateSystem = 'wgs84' | 'gcj02'

/** Property keys that AMap's and Tencent's place APIs write, and words that name those maps. */
const CHINESE_WEB_MAP_KEYS = new Set([
  'adcode',
  'citycode',
  'typecode',
  'pcode',
  'pname',
  'adname',
  'business_area',
  'ad_info',
  'gridcode',
])
const CHINESE_WEB_MAP_WORDS = /gcj|gcj-?02|amap|gaode|autonavi|高德|腾讯|tencent|qq\.com\/map/i

/** Mainland China, where GCJ-02 is applied; outside it the two systems agree. */
function inChina(p: LatLng): boolean {
  return p.lng > 73 && p.lng < 135.1 && p.lat > 18 && p.lat < 53.6
}

/** True when most points are in China and the properties carry an AMap/Tencent signature. */
export function looksLikeGcj02(enterprises: readonly Enterprise[]): boolean {
  if (enterprises.length === 0) return false
  const sample = enterprises.slice(0, 500)
  if (sample.filter((e) => inChina(e.position)).length * 2 < sample.length) return false
  return sample.some((e) =>
    Object.entries(e.ownProperties ?? {}).some(
      ([key, value]) =>
        CHINESE_WEB_MAP_KEYS.has(key.toLowerCase()) ||
        CHINESE_WEB_MAP_WORDS.test(key) ||
        (typeof value === 'string' && CHINESE_WEB_MAP_WORDS.test(value)),
    ),
  )
}

/** The enterprises, with their shapes, moved by `convert` (longitude, latitude in; the same out). */
export function convertPositions(
  enterprises: readonly Enterprise[],
  convert: (lng: number, lat: number) => readonly [number, number],
): Enterprise[] {
  return enterprises.map((e) => {
    const [lng, lat] = convert(e.position.lng, e.position.lat)
    const moved = { ...e, position: { lat, lng } }
    return e.shape === undefined ? moved : { ...moved, shape: mapShape(e.shape, convert) }
  })
}
