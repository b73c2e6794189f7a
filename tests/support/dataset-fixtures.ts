import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** Tests run from the repository root (npm scripts, CI). */
export const repoRoot = process.cwd()
export const bundledDatasetPath = resolve(repoRoot, 'public/data/enterprises.geojson')

export function readBundledDataset(): unknown {
  return JSON.parse(readFileSync(bundledDatasetPath, 'utf8'))
}

interface FeatureOptions {
  id?: unknown
  coordinates?: unknown
  properties?: Record<string, unknown>
}

/** A valid enterprise feature; override any part to make it invalid on purpose. */
export function makeFeature(options: FeatureOptions = {}): Record<string, unknown> {
  return {
    type: 'Feature',
    id: 'id' in options ? options.id : 'acme-steel',
    geometry: { type: 'Point', coordinates: options.coordinates ?? [126.5, 43.8] },
    properties: {
      name: 'Acme Steel',
      nameZh: '阿克米钢铁',
      industry: 'Steel & metallurgy',
      topics: ['Production safety'],
      precision: 'county',
      district: 'Panshi City',
      visitDate: null,
      namedInRelease: true,
      sources: ['https://example.org/release'],
      ...options.properties,
    },
  }
}

export function makeCollection(features: unknown[], extra: Record<string, unknown> = {}) {
  return { type: 'FeatureCollection', features, ...extra }
}
