import { beforeEach, describe, expect, it } from 'vitest'
import type { Enterprise } from '../../src/domain/enterprise'
import { facetsOf, selectionIn } from '../../src/app/explorer-model'
import { parseDataset } from '../../src/domain/parse-dataset'
import { makeCollection, makeFeature } from '../support/dataset-fixtures'
import { english } from '../support/english'

function enterprisesOf(features: unknown[], extra: Record<string, unknown> = {}) {
  const outcome = parseDataset(makeCollection(features, extra))
  if (!outcome.ok) throw new Error(english(outcome.error))
  return outcome.dataset
}

// Built in beforeEach, not at import: npm run mutate then knows which tests cover the parser.
let three: readonly Enterprise[] = []
beforeEach(() => {
  three = enterprisesOf([
    makeFeature({ id: 'a' }),
    makeFeature({ id: 'b' }),
    makeFeature({ id: 'c' }),
  ]).enterprises
})

describe('selectionIn', () => {
  it('gives the selected enterprise, its place and both neighbours', () => {
    const selection = selectionIn(three, 'b')
    expect(selection.selected?.id).toBe('b')
    expect(selection.index).toBe(1)
    expect(selection.previous?.id).toBe('a')
    expect(selection.next?.id).toBe('c')
  })

  it('has no neighbour past either end of the list', () => {
    expect(selectionIn(three, 'a').previous).toBeNull()
    expect(selectionIn(three, 'c').next).toBeNull()
  })

  it('opens nothing for an id the list does not show', () => {
    expect(selectionIn(three, 'hidden')).toEqual({
      selected: null,
      index: -1,
      previous: null,
      next: null,
    })
    expect(selectionIn(three, null).selected).toBeNull()
  })
})

describe('facetsOf', () => {
  const datasetOf3 = () =>
    enterprisesOf(
      [
        makeFeature({ id: 'a', properties: { industry: 'Automotive', visitDate: '2024-03-04' } }),
        makeFeature({ id: 'b', properties: { industry: 'Steel & metallurgy', visitDate: null } }),
        makeFeature({ id: 'c', properties: { industry: 'Automotive', visitDate: '2024-03-04' } }),
      ],
      { tour: { title: 'Tour', startDate: '2024-03-04', endDate: '2024-03-05' } },
    )

  it('counts industries alphabetically and gives each its own pin style', () => {
    const facets = facetsOf(datasetOf3().enterprises, datasetOf3().tour)
    expect(facets.industryCounts).toEqual([
      { industry: 'Automotive', count: 2 },
      { industry: 'Steel & metallurgy', count: 1 },
    ])
    expect(facets.allIndustries).toEqual(['Automotive', 'Steel & metallurgy'])
    expect(facets.slots.get('Automotive')).not.toBe(facets.slots.get('Steel & metallurgy'))
  })

  it('offers every day of the tour, even one without a visit, then the undated', () => {
    const facets = facetsOf(datasetOf3().enterprises, datasetOf3().tour)
    expect(facets.allDays).toEqual(['2024-03-04', '2024-03-05', 'unknown'])
    expect(facets.dayCounts.map((d) => d.count)).toEqual([2, 0, 1])
  })

  it('offers only the dates present when there is no tour', () => {
    expect(facetsOf(datasetOf3().enterprises, null).allDays).toEqual(['2024-03-04', 'unknown'])
  })
})
