import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Dataset, Enterprise } from '../../src/domain/enterprise'
import { parseDataset } from '../../src/domain/parse-dataset'
import { english } from './english'

/**
 * The one factory for test enterprises. Unit and component tests build their data here: raw
 * GeoJSON features (makeFeature, makeCollection), typed enterprises made from them by the real
 * parser (makeEnterprise, datasetOf), and the bundled dataset, raw (bundledFeatures) or parsed
 * (bundledEnterprises). Counts and names come from the bundled file, so tests survive it growing.
 */

/** Tests run from the repository root (npm scripts, CI). */
export const repoRoot = process.cwd()
export const bundledDatasetPath = resolve(repoRoot, 'public/data/enterprises.geojson')

export function readBundledDataset(): unknown {
  return JSON.parse(readFileSync(bundledDatasetPath, 'utf8'))
}

/** A feature of the bundled file as written there, for expectations read straight from the data. */
export interface RawFeature {
  readonly id: string
  readonly geometry: { readonly coordinates: readonly [number, number] }
  readonly properties: Readonly<Record<string, unknown>> & {
    readonly name: string
    readonly industry: string
  }
}

export function bundledFeatures(): readonly RawFeature[] {
  return (readBundledDataset() as { features: RawFeature[] }).features
}

/** The bundled dataset through the real parser. */
export function bundledEnterprises(): readonly Enterprise[] {
  return datasetOf(readBundledDataset()).enterprises
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

/** A dataset the parser accepts; throws with the parser's own words otherwise. */
export function datasetOf(json: unknown): Dataset {
  const outcome = parseDataset(json)
  if (!outcome.ok) throw new Error(english(outcome.error))
  return outcome.dataset
}

/** A typed enterprise, made from makeFeature by the real parser (so it is always one it accepts). */
export function makeEnterprise(options: FeatureOptions = {}): Enterprise {
  const [enterprise] = datasetOf(makeCollection([makeFeature(options)])).enterprises
  if (enterprise === undefined) throw new Error('the parser skipped the feature')
  return enterprise
}

/** Several typed enterprises with the given ids, otherwise alike. */
export function makeEnterprises(ids: readonly string[]): readonly Enterprise[] {
  return datasetOf(makeCollection(ids.map((id) => makeFeature({ id })))).enterprises
}
