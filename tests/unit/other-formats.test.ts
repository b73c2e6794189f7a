import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { english } from '../support/english'
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
