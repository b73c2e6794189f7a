import { beforeEach, describe, expect, it, vi } from 'vitest'
import { NO_INDUSTRY, type Enterprise } from '../../src/domain/enterprise'
import { parseDataset } from '../../src/domain/parse-dataset'
import {
  groupChoices,
  labelChoices,
  regroup,
  relabel,
  suggestGroup,
} from '../../src/domain/property-choice'
import { makeEnterprise } from '../support/dataset-fixtures'

function load(...properties: Record<string, unknown>[]): readonly Enterprise[] {
  const outcome = parseDataset({
    type: 'FeatureCollection',
    features: properties.map((p, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [10 + i, 20] },
      properties: p,
    })),
  })
  if (!outcome.ok) throw new Error('expected success')
  return outcome.dataset.enterprises
}

/** Natural Earth populated places: upper-case keys, `featurecla` is the category. */
const places = load(
  { NAME: 'Tokyo', featurecla: 'Admin-0 capital', SOV0NAME: 'Japan' },
  { NAME: 'Osaka', featurecla: 'Populated place', SOV0NAME: 'Japan' },
  { NAME: 'Seoul', featurecla: 'Admin-0 capital', SOV0NAME: 'Korea, South' },
  { NAME: 'Busan', featurecla: 'Populated place', SOV0NAME: 'Korea, South' },
)

describe('choosing properties of other data', () => {
  it('offers every text property as a label, most present first', () => {
    expect(labelChoices(places)).toEqual(['featurecla', 'NAME', 'SOV0NAME'])
  })

  it('offers only properties with few repeated values as groups', () => {
    expect(groupChoices(places)).toEqual(['featurecla', 'SOV0NAME'])
  })

  it('proposes the usual category key first', () => {
    expect(suggestGroup(places)).toBe('featurecla')
  })

  it('proposes nothing when the data has industries of its own', () => {
    expect(
      suggestGroup(load({ name: 'A', industry: 'Steel', type: 'x' }, { name: 'B', type: 'x' })),
    ).toBeNull()
  })

  it('proposes nothing that most features lack', () => {
    expect(suggestGroup(load({ kind: 'a' }, { kind: 'a' }, {}, {}, {}))).toBeNull()
  })

  it('relabels and regroups without touching features that lack the property', () => {
    const mixed = load({ name: 'A', ref: 'R1', type: 'x' }, { name: 'B' })
    expect(relabel(mixed, 'ref').map((e) => e.name)).toEqual(['R1', 'B'])
    expect(regroup(mixed, 'type').map((e) => e.industry)).toEqual(['x', NO_INDUSTRY])
    expect(relabel(mixed, null)).toBe(mixed)
  })
})

/** `count` features with `key` set to each of `values` in turn. */
function withValues(key: string, values: readonly string[], count: number) {
  return Array.from({ length: count }, (_, i) => ({ [key]: values[i % values.length] }))
}

const letters = 'abcdefghijklmnopqrstuvwxyz'.split('')

describe('which properties can group', () => {
  it('offers one with 24 values, not one with 25 or with a single value', () => {
    const stops = load(
      ...Array.from({ length: 50 }, (_, i) => ({
        line: letters[i % 24],
        stop: letters[i % 25],
        country: 'China',
      })),
    )
    expect(groupChoices(stops)).toEqual(['line'])
  })

  it('takes values that differ only by surrounding spaces as one', () => {
    expect(groupChoices(load({ kind: 'Park' }, { kind: 'Park' }, { kind: 'Park ' }))).toEqual([])
  })

  it('lists the most present first, then the fewest values, then by name', () => {
    // Keys appear in the features in another order than the expected one.
    const parks = load(
      ...Array.from({ length: 6 }, (_, i) => ({
        type: i < 4 ? letters[i % 2] : undefined,
        colour: letters[i % 3],
        size: letters[i % 2],
        area: letters[i % 2],
      })),
    )
    expect(groupChoices(parks)).toEqual(['area', 'size', 'colour', 'type'])
  })
})

describe('the group proposed for data without industries', () => {
  // Imported afresh for each test, not at the top: the usual keys are listed at import, and npm
  // run mutate then counts these tests as covering them.
  let freshSuggestGroup: typeof suggestGroup
  beforeEach(async () => {
    vi.resetModules()
    freshSuggestGroup = (await import('../../src/domain/property-choice')).suggestGroup
  })

  it.each([
    'type',
    'category',
    'amenity',
    'shop',
    'tourism',
    'featurecla',
    'class',
    'kind',
    'layer',
    'TYPE',
    'CATEGORY',
    '类别',
    '类型',
  ])('is the usual category key %s even when another property covers more', (key) => {
    const places = load(
      { zone: 'north', [key]: 'x' },
      { zone: 'north', [key]: 'x' },
      { zone: 'south', [key]: 'y' },
      { zone: 'south' },
    )
    expect(groupChoices(places)).toEqual(['zone', key])
    expect(freshSuggestGroup(places)).toBe(key)
  })

  it('is none for data with an industry on one feature, though it has a usual key', () => {
    const typed = [{ type: 'shop' }, { type: 'shop' }, { type: 'cafe' }]
    expect(freshSuggestGroup(load(...typed))).toBe('type')
    expect(
      freshSuggestGroup(load({ ...typed[0], industry: 'Retail' }, ...typed.slice(1))),
    ).toBeNull()
  })

  it('is one that half the features have, not one that fewer have', () => {
    const kinds = withValues('kind', ['a', 'a', 'b'], 3)
    expect(freshSuggestGroup(load(...kinds, {}, {}, {}))).toBe('kind')
    expect(freshSuggestGroup(load(...kinds, {}, {}, {}, {}))).toBeNull()
  })

  it('is none for no features', () => {
    expect(freshSuggestGroup([])).toBeNull()
  })
})

describe('relabelling and regrouping', () => {
  it('trims the value it takes', () => {
    const padded = load({ name: 'A', ref: ' R1 ', type: ' shop ' })
    expect(relabel(padded, 'ref').map((e) => e.name)).toEqual(['R1'])
    expect(regroup(padded, 'type').map((e) => e.industry)).toEqual(['shop'])
  })

  it('keeps the data as it is for its own name and industry', () => {
    const tour = load({ name: 'A', industry: 'Steel' }, { name: 'B', industry: 'Food' })
    expect(relabel(tour, 'name')).toBe(tour)
    expect(regroup(tour, 'industry')).toBe(tour)
    expect(regroup(tour, null)).toBe(tour)
    expect(regroup(tour, 'industry').map((e) => e.industry)).toEqual(['Steel', 'Food'])
  })

  it('treats a blank value in records built in code as not given', () => {
    const blank = [{ ...makeEnterprise(), ownProperties: { ref: '  ', type: ' ' } }]
    expect(labelChoices(blank)).toEqual([])
    expect(relabel(blank, 'ref').map((e) => e.name)).toEqual(['Acme Steel'])
    expect(regroup(blank, 'type').map((e) => e.industry)).toEqual([NO_INDUSTRY])
  })

  it('accepts records built in code without own properties', () => {
    const typed = load({ type: 'shop' }, { type: 'shop' }, { type: 'cafe' })
    const bare = { ...makeEnterprise({ properties: { industry: null } }), ownProperties: undefined }
    const mixed = [...typed, bare]
    expect(suggestGroup(mixed)).toBe('type')
    expect(relabel(mixed, 'type').map((e) => e.name)).toEqual([
      'shop',
      'shop',
      'cafe',
      'Acme Steel',
    ])
    expect(regroup(mixed, 'type').map((e) => e.industry)).toEqual([
      'shop',
      'shop',
      'cafe',
      NO_INDUSTRY,
    ])
  })
})
