/**
 * Large test datasets made from the real one: each generated enterprise copies a real one's
 * fields under a unique id and name, at a point jittered deterministically inside Jilin City.
 * Used by the benchmark and by the 10 000-enterprise end-to-end test.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseDistricts } from '../src/domain/districts'
import { districtContains } from '../tests/support/district-contains'

interface SourceFeature {
  id: string
  properties: Record<string, unknown> & { name: string; nameZh?: string | null }
}

export interface GeneratedFeature {
  type: 'Feature'
  id: string
  geometry: { type: 'Point'; coordinates: [number, number] }
  properties: Record<string, unknown> & { name: string }
}

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function generateDataset(count: number, root = process.cwd(), seed = 20240304) {
  const real = JSON.parse(
    readFileSync(resolve(root, 'public/data/enterprises.geojson'), 'utf8'),
  ) as {
    tour: unknown
    features: SourceFeature[]
  }
  const { districts } = parseDistricts(
    JSON.parse(readFileSync(resolve(root, 'public/data/jilin-districts.geojson'), 'utf8')),
  )
  const next = random(seed)
  const features: GeneratedFeature[] = []
  for (let i = 0; i < count; i++) {
    const template = real.features[i % real.features.length]
    if (template === undefined) throw new Error('the real dataset is empty')
    let lng = 0
    let lat = 0
    do {
      lng = 125.6 + next() * 2.3
      lat = 42.4 + next() * 2.4
    } while (!districts.some((d) => districtContains(d, lng, lat)))
    const number = String(i + 1).padStart(5, '0')
    features.push({
      type: 'Feature',
      id: `${template.id}-${number}`,
      geometry: { type: 'Point', coordinates: [Number(lng.toFixed(5)), Number(lat.toFixed(5))] },
      properties: {
        ...template.properties,
        name: `${template.properties.name} #${number}`,
        nameZh:
          template.properties.nameZh == null ? null : `${template.properties.nameZh} ${number}号`,
        precision: 'site',
        // The notes are the real enterprise's, not this one's: dropped in both languages, which
        // also keeps 50 000 features under the app's 64 MB file limit.
        nameNote: null,
        nameNoteZh: null,
        products: null,
        productsZh: null,
        locationNote: 'Generated for benchmarking.',
        locationNoteZh: null,
        translatedFields: [],
      },
    })
  }
  return { type: 'FeatureCollection', tour: real.tour, features }
}
