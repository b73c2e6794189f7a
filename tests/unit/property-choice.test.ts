import { describe, expect, it } from 'vitest'
import { NO_INDUSTRY, type Enterprise } from '../../src/domain/enterprise'
import { parseDataset } from '../../src/domain/parse-dataset'
import {
  groupChoices,
  labelChoices,
  regroup,
  relabel,
  suggestGroup,
} from '../../src/domain/property-choice'

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
