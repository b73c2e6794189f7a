import { beforeEach, describe, expect, it } from 'vitest'
import { english } from '../support/english'
import { MAX_DATASET_BYTES, parseDataset, parseDatasetText } from '../../src/domain/parse-dataset'
import {
  bundledFeatures,
  makeCollection,
  makeFeature,
  readBundledDataset,
} from '../support/dataset-fixtures'

function expectFailure(json: unknown) {
  const outcome = parseDataset(json)
  if (outcome.ok) throw new Error('expected the dataset to be refused')
  return outcome
}

function expectSuccess(json: unknown) {
  const outcome = parseDataset(json)
  if (!outcome.ok) throw new Error(`expected success, got: ${english(outcome.error)}`)
  return outcome
}

describe('parseDataset on the bundled dataset', () => {
  // In beforeEach, not at collection: npm run mutate then knows which tests cover the parser.
  let outcome: ReturnType<typeof expectSuccess>
  beforeEach(() => {
    outcome = expectSuccess(readBundledDataset())
  })

  it('accepts every feature with no problems or warnings', () => {
    expect(outcome.dataset.enterprises).toHaveLength(bundledFeatures().length)
    expect(outcome.problems).toEqual([])
    expect(outcome.warnings).toEqual([])
  })

  it('reads the tour facts from the top-level member', () => {
    expect(outcome.dataset.tour).toMatchObject({
      startDate: '2024-03-04',
      endDate: '2024-03-06',
      enterprisesVisited: 20,
      place: 'Jilin City',
    })
  })

  it('turns [lon, lat] into a lat/lng position', () => {
    const panshi = outcome.dataset.enterprises.find((e) => e.id === 'panshi-jianlong-steel')
    expect(panshi?.position).toEqual({ lat: 42.9392, lng: 126.0561 })
  })

  it('keeps unknowns as null rather than inventing them', () => {
    const yuanfang = outcome.dataset.enterprises.find((e) => e.id === 'jilin-yuanfang-machinery')
    expect(yuanfang).toMatchObject({
      nameZh: null,
      district: null,
      visitDate: null,
      precision: 'city',
    })
  })
})

describe('parseDataset refuses files that are not a FeatureCollection', () => {
  it.each([
    ['a string', 'hello', 'holds the text "hello"'],
    ['a list', [], 'holds a list'],
    ['null', null, 'holds empty (null)'],
    ['no type', { features: [] }, 'has no "type"'],
    [
      'a wrongly cased type',
      { type: 'featurecollection', features: [] },
      'exactly "FeatureCollection"',
    ],
    ['a bare geometry', { type: 'Point', coordinates: [1, 2] }, 'bare Point geometry'],
    ['an unknown type', { type: 'FooBar' }, '"FooBar", which is not a GeoJSON type'],
    ['no features', { type: 'FeatureCollection' }, 'no "features" list'],
    ['features as an object', { type: 'FeatureCollection', features: {} }, 'should be a list'],
    ['no features at all', makeCollection([]), 'empty'],
    [
      'only features without geometry',
      makeCollection([{ type: 'Feature', properties: {}, geometry: null }]),
      'nothing to draw: none of its 1 feature has a point, line or area geometry',
    ],
  ])('%s', (_label, json, message) => {
    expect(english(expectFailure(json).error)).toContain(message)
  })
})

describe('parseDataset checks each feature on its own', () => {
  function reasonsFor(feature: unknown): readonly string[] {
    const outcome = parseDataset(makeCollection([makeFeature({ id: 'good' }), feature]))
    if (!outcome.ok) throw new Error(english(outcome.error))
    expect(outcome.dataset.enterprises.map((e) => e.id)).toEqual(['good'])
    expect(outcome.problems).toHaveLength(1)
    expect(outcome.problems[0]?.index).toBe(1)
    return outcome.problems[0]?.reasons.map(english) ?? []
  }

  it('names swapped coordinates', () => {
    expect(reasonsFor(makeFeature({ coordinates: [43.8, 126.5] })).join()).toContain('look swapped')
  })

  it('names coordinates outside the Earth', () => {
    expect(reasonsFor(makeFeature({ coordinates: [200, 95] })).join()).toContain(
      "outside the Earth's range",
    )
  })

  it('names non-numeric coordinates', () => {
    expect(reasonsFor(makeFeature({ coordinates: ['126', 43] })).join()).toContain(
      'must both be numbers',
    )
  })

  it('names a geometry type GeoJSON does not have', () => {
    const circle = { ...makeFeature(), geometry: { type: 'Circle', coordinates: [1, 2] } }
    expect(reasonsFor(circle).join()).toContain('Circle, which is not a GeoJSON geometry type')
  })

  it('names a missing geometry', () => {
    expect(reasonsFor({ ...makeFeature(), geometry: null }).join()).toContain('no location')
  })

  it('names a missing field', () => {
    expect(reasonsFor(makeFeature({ properties: { name: 7 } }))).toContain(
      'The field "name" should be text, but it is the number 7.',
    )
  })

  it('names a field of the wrong type', () => {
    expect(reasonsFor(makeFeature({ properties: { topics: 'safety' } }))).toContain(
      'The field "topics" should be a list, but it is the text "safety".',
    )
  })

  it('names an unknown precision', () => {
    expect(reasonsFor(makeFeature({ properties: { precision: 'street' } })).join()).toContain(
      'The field "precision" must be one of "site", "town", "county", "city"',
    )
  })

  it('names a malformed visit date', () => {
    expect(reasonsFor(makeFeature({ properties: { visitDate: '6 March' } })).join()).toContain(
      'YYYY-MM-DD',
    )
  })

  it('refuses a date that does not exist on the calendar, naming it', () => {
    expect(reasonsFor(makeFeature({ properties: { visitDate: '2024-02-30' } }))).toEqual([
      'The field "visitDate" is not a real calendar date: 2024-02-30 does not exist.',
    ])
    expect(reasonsFor(makeFeature({ properties: { visitDate: '2023-02-29' } })).join()).toContain(
      '2023-02-29 does not exist',
    )
    expect(reasonsFor(makeFeature({ properties: { visitDate: '2024-04-31' } })).join()).toContain(
      '2024-04-31 does not exist',
    )
  })

  it('accepts the leap days that exist', () => {
    const dates = ['2024-02-29', '2000-02-29', '2024-12-31']
    const outcome = parseDataset(
      makeCollection(
        dates.map((visitDate, i) => makeFeature({ id: i, properties: { visitDate } })),
      ),
    )
    expect(outcome.ok && outcome.problems).toEqual([])
    expect(outcome.ok && outcome.dataset.enterprises.map((e) => e.visitDate)).toEqual(dates)
  })

  it('names properties given as a list', () => {
    expect(reasonsFor({ ...makeFeature(), properties: [] }).join()).toContain('but they are a list')
  })

  it('names an id that is neither text nor a number', () => {
    expect(reasonsFor(makeFeature({ id: { a: 1 } })).join()).toContain(
      '"id" should be text or a number',
    )
  })

  it('gives a feature without an id one from its position', () => {
    const outcome = expectSuccess(makeCollection([makeFeature(), makeFeature({ id: undefined })]))
    expect(outcome.dataset.enterprises.map((e) => e.id)).toEqual(['acme-steel', 'feature-2'])
  })

  it('reads a lone Feature as a collection of one', () => {
    expect(expectSuccess(makeFeature()).dataset.enterprises).toHaveLength(1)
  })

  it('shows fields a dataset leaves out as "not given", never as a guess', () => {
    const bare = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [126, 43] },
      properties: { name: 'X' },
    }
    expect(expectSuccess(makeCollection([bare])).dataset.enterprises[0]).toMatchObject({
      industry: 'Industry not given',
      precision: null,
      visitDate: null,
      namedInRelease: null,
      topics: [],
      sources: [],
    })
  })

  it('names a duplicate id', () => {
    expect(reasonsFor(makeFeature({ id: 'good' })).join()).toContain('already used')
  })

  it('accepts a numeric id as text', () => {
    const outcome = expectSuccess(makeCollection([makeFeature({ id: 7 })]))
    expect(outcome.dataset.enterprises[0]?.id).toBe('7')
  })

  it('refuses the whole file when no feature is usable, listing each reason', () => {
    const outcome = expectFailure(makeCollection([makeFeature({ coordinates: [500, 500] })]))
    expect(english(outcome.error)).toContain(
      'no feature Tour Map can draw: the 1 feature with a geometry failed',
    )
    expect(outcome.problems[0]?.reasons.map(english).join()).toContain("outside the Earth's range")
  })

  it('ignores an invalid tour description with a warning, keeping the enterprises', () => {
    const outcome = expectSuccess(makeCollection([makeFeature()], { tour: { title: 3 } }))
    expect(outcome.dataset.tour).toBeNull()
    expect(outcome.warnings.map(english)[0]).toContain('tour description was ignored')
  })
})

describe('parseDatasetText', () => {
  it('names text that is not JSON', () => {
    const outcome = parseDatasetText('{"type": ')
    expect(outcome.ok || english(outcome.error)).toContain('not valid JSON')
  })

  it('names an HTML page served in place of data', () => {
    const outcome = parseDatasetText('<!doctype html><p>Blocked by proxy</p>')
    expect(outcome.ok || english(outcome.error)).toContain('web page (HTML)')
  })

  it('refuses an oversized file before parsing it', () => {
    const outcome = parseDatasetText(' '.repeat(MAX_DATASET_BYTES + 1))
    expect(outcome.ok || english(outcome.error)).toContain('too large')
  })
})
