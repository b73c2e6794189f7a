import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ParseOutcome } from '../../src/domain/parse-dataset'
import { repoRoot } from '../support/dataset-fixtures'
import { english } from '../support/english'

/** uMap's export of a walk in Jilin: three places in two layers. */
const umapExport = readFileSync(
  resolve(repoRoot, 'tests/fixtures/own-data/jilin-walk.umap'),
  'utf8',
)
const umapNames = ['Century Square', 'Linjiang Gate', 'Riverside Café']

function namesOf(outcome: ParseOutcome): string[] {
  if (!outcome.ok) throw new Error(english(outcome.error))
  return outcome.dataset.enterprises.map((e) => e.name)
}

function errorOf(outcome: ParseOutcome): string {
  if (outcome.ok) throw new Error('expected the file to be refused')
  return outcome.error.code
}

// Imported afresh for each test, not at the top: the uMap pattern is built at import, and npm run
// mutate then counts these tests as covering it.
let readDatasetText: (text: string) => Promise<ParseOutcome>
beforeEach(async () => {
  vi.resetModules()
  ;({ readDatasetText } = await import('../../src/domain/read-dataset-text'))
})

const gate = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [126.55, 43.84] },
  properties: { name: 'Linjiang Gate', type: 'umap' },
}

describe('reading a file as text', () => {
  it('opens GeoJSON written on one line after leading spaces', async () => {
    const park = { ...gate, properties: { name: 'Beishan Park', leisure: 'park' } }
    const text = `  ${JSON.stringify({ type: 'FeatureCollection', features: [park] })}`
    expect(namesOf(await readDatasetText(text))).toEqual(['Beishan Park'])
  })

  it('opens GeoJSON whose feature has a property "type": "umap"', async () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [gate] }, null, 1)
    expect(namesOf(await readDatasetText(text))).toEqual(['Linjiang Gate'])
  })

  it('calls a text file with commas after its first line not JSON, not a CSV', async () => {
    expect(errorOf(await readDatasetText('Tour notes\nday 1, Jilin\nday 2, Panshi\n'))).toBe(
      'notJson',
    )
  })
})

describe('reading a uMap export', () => {
  it('opens it minified, with spaces around the colon, and with a byte-order mark', async () => {
    const minified = JSON.stringify(JSON.parse(umapExport))
    expect(minified).toContain('"type":"umap"')
    expect(namesOf(await readDatasetText(minified))).toEqual(umapNames)
    const spaced = umapExport.replace('"type": "umap"', '"type" : "umap"')
    expect(spaced).toContain('"type" : "umap"')
    expect(namesOf(await readDatasetText(spaced))).toEqual(umapNames)
    expect(namesOf(await readDatasetText(`\uFEFF${umapExport}`))).toEqual(umapNames)
  })

  it('says a cut-off export is not valid JSON instead of failing', async () => {
    expect(errorOf(await readDatasetText(umapExport.slice(0, 400)))).toBe('notJson')
  })
})

describe('reading a CSV file', () => {
  it.each([
    ['tabs', '\t'],
    ['pipes', '|'],
  ])('opens one separated by %s', async (_, separator) => {
    const text = ['name|lat|lng', 'Century Square|43.84|126.55', 'Linjiang Gate|43.85|126.56']
      .join('\n')
      .replaceAll('|', separator)
    expect(namesOf(await readDatasetText(text))).toEqual(['Century Square', 'Linjiang Gate'])
  })
})
