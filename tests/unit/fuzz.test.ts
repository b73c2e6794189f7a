import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { english } from '../support/english'
import { toGeoJson } from '../../src/domain/export'
import type { Enterprise } from '../../src/domain/enterprise'
import { filterEnterprises, NO_FILTERS, dayOf, type Filters } from '../../src/domain/filter'
import { parseDataset, parseDatasetText } from '../../src/domain/parse-dataset'
import { INDUSTRY_ZH, TOPIC_ZH } from '../../src/domain/vocabulary-zh'
import { readBundledDataset } from '../support/dataset-fixtures'

// Thousands of random and mutated datasets through the validator and the pure filter and search.
const real = readBundledDataset() as { features: Record<string, unknown>[] }
const RUNS = 1500

const anyJson = fc.jsonValue({ maxDepth: 4 })

/** The real dataset with random parts replaced, removed, or given hostile keys. */
const mutatedDataset = fc
  .array(
    fc.record({
      feature: fc.nat({ max: real.features.length - 1 }),
      path: fc.constantFrom(
        'id',
        'type',
        'geometry',
        'properties',
        'geometry.coordinates',
        'geometry.type',
        'properties.name',
        'properties.topics',
        'properties.precision',
        'properties.visitDate',
        'properties.sources',
        'properties.__proto__',
        'properties.constructor',
      ),
      value: fc.oneof(anyJson, fc.constant(undefined), fc.constant({ polluted: true })),
    }),
    { maxLength: 6 },
  )
  .map((mutations) => {
    const copy = structuredClone<typeof real>(real)
    for (const { feature, path, value } of mutations) {
      const parts = path.split('.')
      let target: unknown = copy.features[feature]
      for (const part of parts.slice(0, -1)) {
        target =
          typeof target === 'object' && target !== null
            ? (target as Record<string, unknown>)[part]
            : undefined
      }
      if (typeof target !== 'object' || target === null) continue
      const key = parts[parts.length - 1] ?? ''
      // defineProperty, so "__proto__" becomes an own key exactly as JSON.parse makes it.
      if (value === undefined) Reflect.deleteProperty(target, key)
      else
        Object.defineProperty(target, key, {
          value,
          enumerable: true,
          configurable: true,
          writable: true,
        })
    }
    return copy
  })

// Property runs do hundreds of checks: on a busy CI machine they can take many seconds.
describe('the validator under random input', { timeout: 60_000 }, () => {
  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(anyJson, (json) => {
        parseDataset(json)
      }),
      { numRuns: RUNS },
    )
  })

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        parseDatasetText(text)
      }),
      { numRuns: RUNS },
    )
  })

  it('on mutated real data: shows no more than it was given, every rejection has reasons, and nothing is polluted', () => {
    fc.assert(
      fc.property(mutatedDataset, (dataset) => {
        const outcome = parseDataset(dataset)
        const shown = outcome.ok ? outcome.dataset.enterprises.length : 0
        expect(shown + outcome.problems.length).toBe(dataset.features.length)
        for (const problem of outcome.problems) expect(problem.reasons.length).toBeGreaterThan(0)
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
      { numRuns: RUNS },
    )
  })

  it('accepted output always validates again, to the same enterprises', () => {
    fc.assert(
      fc.property(mutatedDataset, (dataset) => {
        const outcome = parseDataset(dataset)
        if (!outcome.ok) return
        const again = parseDataset(
          JSON.parse(
            JSON.stringify(
              toGeoJson(outcome.dataset.enterprises, outcome.dataset.tour, {
                url: 'x',
                date: '2026-01-01',
              }),
            ),
          ),
        )
        // An unnamed feature's placeholder counts features in the file, which an export renumbers.
        const comparable = (list: readonly Enterprise[]) =>
          list.map((e) => (e.labelFrom === null ? { ...e, name: '', nameZh: null } : e))
        expect(again.ok && comparable(again.dataset.enterprises)).toEqual(
          comparable(outcome.dataset.enterprises),
        )
      }),
      { numRuns: RUNS },
    )
  })
})

/**
 * An independent model of search (README: names in English and Chinese, industry, district and
 * topics; every word must match, ignoring case, accents and full-width forms). It folds each
 * field on its own, with different calls from the app's, and never calls src/domain/search.
 */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('en')
}

function searchableFields(e: Enterprise): string[] {
  return [
    e.name,
    e.nameZh,
    e.nameInRelease,
    e.industry,
    INDUSTRY_ZH[e.industry],
    e.district,
    e.districtZh,
    ...e.topics,
    ...e.topics.map((topic) => TOPIC_ZH[topic]),
    ...e.visitTopics,
    // The editors' Chinese for the visit topics (our translation, searched like the English).
    ...e.visitTopicsZh,
  ].filter((field): field is string => typeof field === 'string')
}

function oracleMatches(e: Enterprise, query: string): boolean {
  const fields = searchableFields(e).map(fold)
  return fold(query)
    .split(/\s+/)
    .filter((word) => word !== '')
    .every((word) => fields.some((field) => field.includes(word)))
}

/** Full-width forms of ASCII letters and digits (Ａ for A), as a Chinese keyboard types them. */
function fullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
}

describe('filter and search under random input', { timeout: 60_000 }, () => {
  const outcome = parseDataset(real)
  if (!outcome.ok) throw new Error(english(outcome.error))
  const all = outcome.dataset.enterprises
  const industries = [...new Set(all.map((e) => e.industry)), 'Unknown sector']
  const days = ['2024-03-04', '2024-03-06', 'unknown', 'garbage']

  /** A piece of some enterprise's searchable text, in random case, maybe full-width or accented. */
  const pieceOfAField = fc
    .record({
      field: fc.constantFrom(...all.flatMap(searchableFields)),
      start: fc.nat(),
      length: fc.integer({ min: 1, max: 6 }),
      form: fc.constantFrom('upper', 'lower', 'full-width', 'accented'),
    })
    .map(({ field, start, length, form }) => {
      const from = start % field.length
      const piece = field.slice(from, from + length).trim()
      if (form === 'upper') return piece.toUpperCase()
      if (form === 'lower') return piece.toLowerCase()
      if (form === 'full-width') return fullWidth(piece)
      return piece.replace(/e/g, 'é')
    })

  const filters: fc.Arbitrary<Filters> = fc.record({
    industries: fc.option(fc.subarray(industries), { nil: null }),
    days: fc.option(fc.subarray(days), { nil: null }),
    query: fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('', ' ', '吉林', 'jilin steel', '<script>', '.*', '\\'),
      pieceOfAField,
      fc.tuple(pieceOfAField, pieceOfAField).map(([a, b]) => `${a} ${b}`),
    ),
  })

  it('shows a subset, in order, of which every member passes every filter', () => {
    fc.assert(
      fc.property(filters, (f) => {
        const shown = filterEnterprises(all, f)
        expect(shown.length).toBeLessThanOrEqual(all.length)
        let last = -1
        for (const e of shown) {
          const index = all.indexOf(e)
          expect(index).toBeGreaterThan(last)
          last = index
          if (f.industries !== null) expect(f.industries).toContain(e.industry)
          if (f.days !== null) expect(f.days).toContain(dayOf(e))
          expect(oracleMatches(e, f.query)).toBe(true)
        }
        // Nothing that passes is left out.
        const passing = all.filter(
          (e) =>
            (f.industries === null || f.industries.includes(e.industry)) &&
            (f.days === null || f.days.includes(dayOf(e))) &&
            oracleMatches(e, f.query),
        )
        expect(shown).toEqual(passing)
      }),
      { numRuns: RUNS },
    )
  })

  it('finds every enterprise by any piece of its names, industry, district or topics', () => {
    fc.assert(
      fc.property(pieceOfAField, (piece) => {
        const found = filterEnterprises(all, { ...NO_FILTERS, query: piece })
        expect(found).toEqual(all.filter((e) => oracleMatches(e, piece)))
      }),
      { numRuns: RUNS },
    )
    // The oracle itself, on literals from the bundled file.
    const lingyuan = all.find((e) => e.id === 'lingyuan-technology')
    if (lingyuan === undefined) throw new Error('lingyuan-technology is not in the dataset')
    expect(oracleMatches(lingyuan, 'ＬＩＮＧＹＵＡＮ  techn')).toBe(true)
    expect(oracleMatches(lingyuan, 'lingyuan steel')).toBe(false)
  })

  it('an empty filter shows everything', () => {
    expect(filterEnterprises(all, NO_FILTERS)).toBe(all)
  })
})
