import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { english } from '../support/english'
import {
  coordinateColumns,
  csvToCollection,
  isUmap,
  umapToCollection,
} from '../../src/domain/other-formats'
import { readDatasetText } from '../../src/domain/read-dataset-text'
import { repoRoot } from '../support/dataset-fixtures'

const fixture = (name: string) => resolve(repoRoot, 'tests/fixtures/own-data', name)
const read = (name: string) => readDatasetText(readFileSync(fixture(name), 'utf8'))

describe('a uMap export', () => {
  it('opens with every layer, the layer name as a property to group by', async () => {
    const outcome = await read('jilin-walk.umap')
    if (!outcome.ok) throw new Error(english(outcome.error))
    expect(
      outcome.dataset.enterprises.map((e) => [
        e.name,
        e.ownProperties?.layer,
        e.ownProperties?.description,
      ]),
    ).toEqual([
      ['Century Square', 'Sights', undefined],
      ['Linjiang Gate', 'Sights', undefined],
      ['Riverside Café', 'Food', 'Opens at 8'],
    ])
  })
})

describe('a CSV file', () => {
  it('with a byte-order mark, semicolons and decimal commas opens as points', async () => {
    const outcome = await read('stations-semicolon.csv')
    if (!outcome.ok) throw new Error(english(outcome.error))
    const [station] = outcome.dataset.enterprises
    expect(station?.name).toBe('Station Noord')
    expect(station?.position).toEqual({ lat: 43.8712, lng: 126.5601 })
    expect(station?.ownProperties).toEqual({ Naam: 'Station Noord', Soort: 'trein' })
    expect(outcome.problems.map((p) => [p.index + 1, p.reasons.map(english).join()])).toEqual([
      [3, 'It has no location (its "geometry" is missing or null).'],
    ])
  })

  it('without coordinate columns says which names it looks for', async () => {
    const outcome = await read('no-coordinates.csv')
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(english(outcome.error)).toContain('name them lat or latitude')
  })
})

describe('the CLI reads them as the app does', () => {
  const cli = (name: string) =>
    execFileSync('npx', ['tsx', 'scripts/validate-data.ts', fixture(name)], {
      cwd: repoRoot,
      encoding: 'utf8',
    })

  it(
    'accepts the CSV with a byte-order mark and reports the row without a place',
    { timeout: 60_000 },
    () => {
      const out = cli('stations-semicolon.csv')
      expect(out).toContain('usable. 2 features will be shown.')
      expect(out).toContain('Feature 3 (id "feature-3"): It has no location')
    },
  )
})

// The conversions themselves, one rule at a time: what a person's file turns into before the
// validator sees it.
describe('recognising a uMap export', () => {
  it('takes only an object whose type is "umap" and that has a list of layers', () => {
    expect(isUmap({ type: 'umap', layers: [] })).toBe(true)
    expect(isUmap({ type: 'FeatureCollection', layers: [] })).toBe(false)
    expect(isUmap({ type: 'umap' })).toBe(false)
    expect(isUmap({ type: 'umap', layers: {} })).toBe(false)
    expect(isUmap(null)).toBe(false)
    expect(isUmap('umap')).toBe(false)
  })
})

describe('a uMap export as a FeatureCollection', () => {
  it('names each layer by its trimmed name, or "Layer n" by its place, skipping what is not a layer', () => {
    const point = (name: string) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [126.5, 43.8] },
      properties: { name },
    })
    const collection = umapToCollection({
      type: 'umap',
      properties: { name: 'Jilin walk', description: 'Two days' },
      layers: [
        null,
        { features: 'none' },
        { _umap_options: { name: '  Food ' }, features: [point('Café')] },
        { _umap_options: { name: '   ' }, features: [point('Gate')] },
        { features: [point('Square')] },
      ],
    })
    expect(collection).toEqual({
      type: 'FeatureCollection',
      name: 'Jilin walk',
      description: 'Two days',
      features: [
        { ...point('Café'), properties: { layer: 'Food', name: 'Café' } },
        { ...point('Gate'), properties: { layer: 'Layer 4', name: 'Gate' } },
        { ...point('Square'), properties: { layer: 'Layer 5', name: 'Square' } },
      ],
    })
  })

  it("keeps a feature's own layer property, gives one without properties its layer, and passes non-features on for the report", () => {
    const collection = umapToCollection({
      type: 'umap',
      layers: [
        {
          _umap_options: { name: 'Sights' },
          features: [
            { type: 'Feature', geometry: null, properties: { layer: 'Own' } },
            { type: 'Feature', geometry: null },
            'not a feature',
            null,
          ],
        },
      ],
    })
    expect(collection.features).toEqual([
      { type: 'Feature', geometry: null, properties: { layer: 'Own' } },
      { type: 'Feature', geometry: null, properties: { layer: 'Sights' } },
      'not a feature',
      null,
    ])
    expect(collection.name).toBeUndefined()
  })

  it('has no features when the export has no layers', () => {
    expect(umapToCollection({ type: 'umap' }).features).toEqual([])
  })
})

describe('finding the coordinate columns of a CSV header', () => {
  it('matches whole column names only, ignoring case and spaces around them', () => {
    expect(
      coordinateColumns([
        'Year opened',
        'Category',
        'Index',
        'Long name',
        ' Latitude ',
        'LONGITUDE',
      ]),
    ).toEqual({ lat: 4, lng: 5 })
    expect(coordinateColumns(['lat', 'lng'])).toEqual({ lat: 0, lng: 1 })
    expect(coordinateColumns(['x', 'y'])).toEqual({ lat: 1, lng: 0 })
    expect(coordinateColumns(['名称', '纬度', '经度'])).toEqual({ lat: 1, lng: 2 })
  })

  it('finds nothing when either column is missing', () => {
    expect(coordinateColumns(['name', 'lat'])).toBeNull()
    expect(coordinateColumns(['name', 'lng'])).toBeNull()
    expect(coordinateColumns(['name'])).toBeNull()
  })
})

describe('CSV rows as a FeatureCollection', () => {
  it('makes a point of each row, the other filled, named columns its properties', () => {
    expect(
      csvToCollection([
        [' Name ', 'lat', 'lng', '  ', 'Note'],
        ['Station Noord', ' 43,8712 ', '126.5601', 'orphan', '  '],
        ['Depot', '43.5', '126.25', '', ' by the river '],
      ]),
    ).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [126.5601, 43.8712] },
          properties: { Name: 'Station Noord' },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [126.25, 43.5] },
          properties: { Name: 'Depot', Note: ' by the river ' },
        },
      ],
    })
  })

  it('skips blank rows and keeps a row without both coordinates, with no location', () => {
    const collection = csvToCollection([
      ['name', 'lat', 'lng'],
      [' ', '  ', ''],
      ['No longitude', '43.8', ' '],
      ['No latitude', '  ', '126.5'],
      ['Not a number', 'north', '126.5'],
      ['Short row', '43.8'],
    ])
    expect(collection?.features).toEqual(
      ['No longitude', 'No latitude', 'Not a number', 'Short row'].map((name) => ({
        type: 'Feature',
        geometry: null,
        properties: { name },
      })),
    )
  })

  it('reads a row that ends before its last columns', () => {
    expect(
      csvToCollection([
        ['lat', 'lng', 'name', 'note'],
        ['43.8', '126.5', 'Depot'],
      ])?.features,
    ).toEqual([
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [126.5, 43.8] },
        properties: { name: 'Depot' },
      },
    ])
  })

  it('is not a collection without a header or without coordinate columns', () => {
    expect(csvToCollection([])).toBeNull()
    expect(
      csvToCollection([
        ['name', 'town'],
        ['Depot', 'Jilin'],
      ]),
    ).toBeNull()
  })
})
