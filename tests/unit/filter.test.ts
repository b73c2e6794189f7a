import { beforeEach, describe, expect, it } from 'vitest'
import type { Enterprise } from '../../src/domain/enterprise'
import { english } from '../support/english'
import {
  NO_FILTERS,
  countDays,
  daysBetween,
  sortForList,
  countIndustries,
  filterEnterprises,
  isValueShown,
  toggleValue,
} from '../../src/domain/filter'
import { parseDataset } from '../../src/domain/parse-dataset'
import { bundledFeatures, readBundledDataset } from '../support/dataset-fixtures'

// Parsed in beforeEach, not at import: npm run mutate then knows which tests cover the parser.
let enterprises: readonly Enterprise[] = []
let industries: string[] = []
beforeEach(() => {
  const outcome = parseDataset(readBundledDataset())
  if (!outcome.ok) throw new Error(english(outcome.error))
  enterprises = outcome.dataset.enterprises
  industries = countIndustries(enterprises).map((c) => c.industry)
})

describe('filterEnterprises', () => {
  it('shows everything when no industry filter is set', () => {
    expect(filterEnterprises(enterprises, NO_FILTERS)).toBe(enterprises)
  })

  it('keeps only the chosen industries', () => {
    const shown = filterEnterprises(enterprises, {
      ...NO_FILTERS,
      industries: ['Pharmaceuticals & health', 'Automotive'],
    })
    expect(shown.map((e) => e.id).sort()).toEqual(
      bundledFeatures()
        .filter((f) => ['Pharmaceuticals & health', 'Automotive'].includes(f.properties.industry))
        .map((f) => f.id)
        .sort(),
    )
  })

  it('shows nothing when every industry is unticked', () => {
    expect(filterEnterprises(enterprises, { ...NO_FILTERS, industries: [] })).toEqual([])
  })

  it('shows nothing for an industry the data does not have', () => {
    expect(filterEnterprises(enterprises, { ...NO_FILTERS, industries: ['Shipbuilding'] })).toEqual(
      [],
    )
  })
})

describe('countIndustries', () => {
  it('lists each industry once, alphabetically, with its count', () => {
    const counted = new Map<string, number>()
    for (const f of bundledFeatures()) {
      counted.set(f.properties.industry, (counted.get(f.properties.industry) ?? 0) + 1)
    }
    const expected = [...counted]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([industry, count]) => ({ industry, count }))
    expect(countIndustries(enterprises)).toEqual(expected)
    expect(expected.map((c) => c.industry)).toContain('Automotive')
  })
})

describe('toggleValue', () => {
  it('unticking one industry from "all" lists the others', () => {
    const next = toggleValue(null, industries, 'Automotive', false)
    expect(next).toEqual(industries.filter((i) => i !== 'Automotive'))
  })

  it('ticking the last missing industry returns to "no filter"', () => {
    expect(
      toggleValue(['Automotive'], ['Automotive', 'Steel & metallurgy'], 'Steel & metallurgy', true),
    ).toBeNull()
  })

  it('unticking the last industry leaves an empty selection, not "all"', () => {
    expect(toggleValue(['Automotive'], industries, 'Automotive', false)).toEqual([])
  })

  it('keeps the data order of industries', () => {
    expect(toggleValue([], ['B', 'A', 'C'], 'C', true)).toEqual(['C'])
    expect(toggleValue(['C'], ['B', 'A', 'C'], 'B', true)).toEqual(['B', 'C'])
  })
})

describe('isValueShown', () => {
  it('is true for every industry without a filter and only for listed ones with it', () => {
    expect(isValueShown(null, 'Automotive')).toBe(true)
    expect(isValueShown(['Automotive'], 'Automotive')).toBe(true)
    expect(isValueShown(['Automotive'], 'Steel & metallurgy')).toBe(false)
  })
})

describe('search through filterEnterprises', () => {
  const search = (query: string) =>
    filterEnterprises(enterprises, { ...NO_FILTERS, query }).map((e) => e.id)

  it('finds English and Chinese names, ignoring case', () => {
    expect(search('tianchi')).toEqual(['jilin-tianchi-molybdenum'])
    expect(search('凌远')).toEqual(['lingyuan-technology'])
  })

  it('finds industry and topic words in either language', () => {
    expect(search('医药')).toEqual(['changbaishan-pharmaceutical', 'jilin-haiwang'])
    expect(search('Automotive')).toEqual(['jiqi-longshan'])
    expect(search('independent innovation')).toEqual(['lingyuan-technology'])
  })

  it('finds districts, and needs every word to match', () => {
    expect(search('shulan')).toEqual(['jilin-tianchi-molybdenum'])
    expect(search('shulan steel')).toEqual([])
  })

  it('combines search with the industry and day filters', () => {
    const shown = filterEnterprises(enterprises, {
      industries: ['Machinery & equipment'],
      days: ['2024-03-06'],
      query: 'tech',
    })
    expect(shown.map((e) => e.id)).toEqual(['lingyuan-technology'])
  })
})

describe('countDays and daysBetween', () => {
  it('lists every tour day, even empty ones, then the undated', () => {
    expect(countDays(enterprises, daysBetween('2024-03-04', '2024-03-06'))).toEqual([
      { day: '2024-03-04', count: 0 },
      { day: '2024-03-05', count: 0 },
      { day: '2024-03-06', count: 1 },
      { day: 'unknown', count: 8 },
    ])
  })

  it('filters by day, keeping undated enterprises reachable', () => {
    const undated = filterEnterprises(enterprises, { ...NO_FILTERS, days: ['unknown'] })
    expect(undated).toHaveLength(8)
    expect(undated.every((e) => e.visitDate === null)).toBe(true)
  })

  it('refuses malformed or reversed spans', () => {
    expect(daysBetween('2024-03-06', '2024-03-04')).toEqual([])
    expect(daysBetween('soon', '2024-03-04')).toEqual([])
  })
})

describe('sortForList', () => {
  it('puts dated visits first, by date, then the rest by name', () => {
    const sorted = sortForList(enterprises, (e) => e.name, 'en').map((e) => e.name)
    expect(sorted[0]).toBe('Lingyuan Technology')
    expect(sorted.slice(1)).toEqual([...sorted.slice(1)].sort((a, b) => a.localeCompare(b, 'en')))
  })
})
