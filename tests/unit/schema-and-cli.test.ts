import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { datasetJsonSchema } from '../../scripts/dataset-json-schema'
import { parseDatasetText } from '../../src/domain/parse-dataset'
import { formatReport } from '../../src/i18n/validation-report'
import { bundledFeatures, makeCollection, makeFeature, repoRoot } from '../support/dataset-fixtures'

describe('the published JSON Schema', () => {
  it('is the one generated from the validator (run npm run build:schema after schema changes)', () => {
    const published: unknown = JSON.parse(
      readFileSync(resolve(repoRoot, 'public/data/enterprises.schema.json'), 'utf8'),
    )
    expect(published).toEqual(datasetJsonSchema())
  })
})

describe('formatReport', () => {
  it('lists each skipped feature by number and id', () => {
    const text = JSON.stringify(
      makeCollection([makeFeature(), makeFeature({ id: 'b', coordinates: [200, 0] })]),
    )
    const report = formatReport('mine.geojson', parseDatasetText(text))
    expect(report).toContain('mine.geojson: usable. 1 feature will be shown.')
    expect(report).toContain('✗ Feature 2 (id "b"): Its coordinates [200, 0] are outside')
    expect(report).toContain('1 skipped')
  })

  it('gives every reason of a skipped feature, not only the first', () => {
    const text = JSON.stringify(
      makeCollection([
        makeFeature(),
        makeFeature({ id: 'b', coordinates: [43.8, 126.5], properties: { topics: 'x' } }),
      ]),
    )
    const lines = formatReport('mine.geojson', parseDatasetText(text)).split('\n')
    expect(lines).toContain(
      '  ✗ Feature 2 (id "b"): Its coordinates [43.8, 126.5] look swapped: GeoJSON puts longitude first, then latitude.',
    )
    expect(lines).toContain(
      '  ✗ Feature 2 (id "b"): The field "topics" should be a list, but it is the text "x".',
    )
  })
})

// Each test starts a Node process (npx tsx), which takes seconds on a busy machine.
describe('npm run validate-data', { timeout: 60_000 }, () => {
  const run = (file: string) => {
    try {
      const stdout = execFileSync('npx', ['tsx', 'scripts/validate-data.ts', file], {
        cwd: repoRoot,
        encoding: 'utf8',
      })
      return { code: 0, stdout }
    } catch (error) {
      const failed = error as { status: number; stdout: string }
      return { code: failed.status, stdout: failed.stdout }
    }
  }

  it('passes the bundled dataset', () => {
    const result = run('public/data/enterprises.geojson')
    expect(result).toEqual({
      code: 0,
      stdout: expect.stringContaining(
        `usable. ${String(bundledFeatures().length)} features will be shown`,
      ) as string,
    })
  })

  it('fails an unusable file with a non-zero exit and the reason', () => {
    const result = run('tests/fixtures/geojsonhint/bad/featurecollection-type-case.geojson')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('must be written exactly "FeatureCollection"')
  })
})
