import { describe, expect, it } from 'vitest'
import {
  countIndustries,
  filterEnterprises,
  isIndustryShown,
  toggleIndustry,
} from '../../src/domain/filter'
import { parseDataset } from '../../src/domain/parse-dataset'
import { readBundledDataset } from '../support/dataset-fixtures'

const outcome = parseDataset(readBundledDataset())
if (!outcome.ok) throw new Error(outcome.error)
const enterprises = outcome.dataset.enterprises
const industries = countIndustries(enterprises).map((c) => c.industry)

describe('filterEnterprises', () => {
  it('shows everything when no industry filter is set', () => {
    expect(filterEnterprises(enterprises, null)).toBe(enterprises)
  })

  it('keeps only the chosen industries', () => {
    const shown = filterEnterprises(enterprises, ['Pharmaceuticals & health', 'Automotive'])
    expect(shown.map((e) => e.id).sort()).toEqual([
      'changbaishan-pharmaceutical',
      'jilin-haiwang',
      'jiqi-longshan',
    ])
  })

  it('shows nothing when every industry is unticked', () => {
    expect(filterEnterprises(enterprises, [])).toEqual([])
  })

  it('shows nothing for an industry the data does not have', () => {
    expect(filterEnterprises(enterprises, ['Shipbuilding'])).toEqual([])
  })
})

describe('countIndustries', () => {
  it('lists each industry once, alphabetically, with its count', () => {
    expect(countIndustries(enterprises)).toEqual([
      { industry: 'Automotive', count: 1 },
      { industry: 'Chemicals & new materials', count: 2 },
      { industry: 'Machinery & equipment', count: 2 },
      { industry: 'Non-ferrous metals & mining', count: 1 },
      { industry: 'Pharmaceuticals & health', count: 2 },
      { industry: 'Steel & metallurgy', count: 1 },
    ])
  })
})

describe('toggleIndustry', () => {
  it('unticking one industry from "all" lists the others', () => {
    const next = toggleIndustry(null, industries, 'Automotive', false)
    expect(next).toEqual(industries.filter((i) => i !== 'Automotive'))
  })

  it('ticking the last missing industry returns to "no filter"', () => {
    expect(
      toggleIndustry(
        ['Automotive'],
        ['Automotive', 'Steel & metallurgy'],
        'Steel & metallurgy',
        true,
      ),
    ).toBeNull()
  })

  it('unticking the last industry leaves an empty selection, not "all"', () => {
    expect(toggleIndustry(['Automotive'], industries, 'Automotive', false)).toEqual([])
  })

  it('keeps the data order of industries', () => {
    expect(toggleIndustry([], ['B', 'A', 'C'], 'C', true)).toEqual(['C'])
    expect(toggleIndustry(['C'], ['B', 'A', 'C'], 'B', true)).toEqual(['B', 'C'])
  })
})

describe('isIndustryShown', () => {
  it('is true for every industry without a filter and only for listed ones with it', () => {
    expect(isIndustryShown(null, 'Automotive')).toBe(true)
    expect(isIndustryShown(['Automotive'], 'Automotive')).toBe(true)
    expect(isIndustryShown(['Automotive'], 'Steel & metallurgy')).toBe(false)
  })
})
