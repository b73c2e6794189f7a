import { describe, expect, it } from 'vitest'
import { isCalendarDate, isIsoDateShape } from '../../src/domain/calendar-date'
import { clip, firstItems } from '../../src/domain/clip'
import { describeValue, isPlainObject } from '../../src/domain/describe-value'
import { daysBetween, hasActiveFilters, NO_FILTERS } from '../../src/domain/filter'
import { assignIndustrySlots } from '../../src/domain/industry-style'
import { matchesQuery } from '../../src/domain/search'
import { makeEnterprise } from '../support/dataset-fixtures'
import { toSafeHttpUrl } from '../../src/domain/safe-url'
import { parseViewState } from '../../src/state/view-state'

// Edges of the small domain helpers, where an off-by-one would slip through.

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true], // leap year
    ['2023-02-29', false],
    ['2000-02-29', true], // divisible by 400
    ['1900-02-29', false], // divisible by 100, not 400
    ['2024-02-28', true],
    ['2024-02-30', false],
    ['2024-04-30', true],
    ['2024-04-31', false],
    ['2024-01-31', true],
    ['2024-01-32', false],
    ['2024-12-31', true],
    ['2024-00-10', false],
    ['2024-13-01', false],
    ['2024-03-00', false],
    ['2024-03-01', true],
    ['2024-3-1', false],
    [' 2024-03-01', false],
    ['2024-03-01 ', false],
  ])('%s → %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected)
  })

  it('checks the shape alone apart from the calendar', () => {
    expect(isIsoDateShape('2024-02-30')).toBe(true)
    expect(isIsoDateShape('2024-2-30')).toBe(false)
    expect(isIsoDateShape('x2024-02-30')).toBe(false)
    expect(isIsoDateShape('2024-02-30x')).toBe(false)
  })
})

describe('clip and firstItems', () => {
  it('keeps text of exactly the limit, and clips one more with an ellipsis', () => {
    expect(clip('abc', 3)).toEqual({ text: 'abc', clipped: false })
    expect(clip('abcd', 3)).toEqual({ text: 'abc…', clipped: true })
  })

  it('never cuts a character made of two code units in half', () => {
    expect(clip('😀😀😀', 2)).toEqual({ text: '😀😀…', clipped: true })
  })

  it('keeps lists of exactly the limit, and counts what it leaves out', () => {
    expect(firstItems([1, 2, 3], 3)).toEqual({ shown: [1, 2, 3], hidden: 0 })
    expect(firstItems([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], hidden: 2 })
  })
})

describe('describeValue and isPlainObject', () => {
  it('names each kind of JSON value', () => {
    expect(describeValue(null)).toEqual({ kind: 'null', text: '' })
    expect(describeValue(undefined)).toEqual({ kind: 'missing', text: '' })
    expect(describeValue([1])).toEqual({ kind: 'list', text: '' })
    expect(describeValue('x'.repeat(40))).toEqual({ kind: 'text', text: 'x'.repeat(40) })
    expect(describeValue('x'.repeat(41))).toEqual({ kind: 'longText', text: '' })
    expect(describeValue(7)).toEqual({ kind: 'number', text: '7' })
    expect(describeValue(false)).toEqual({ kind: 'boolean', text: 'false' })
    expect(describeValue({})).toEqual({ kind: 'object', text: '' })
    expect(describeValue(() => 1)).toEqual({ kind: 'other', text: 'function' })
  })

  it('counts only {…} as a plain object', () => {
    expect(isPlainObject({})).toBe(true)
    expect(isPlainObject([])).toBe(false)
    expect(isPlainObject(null)).toBe(false)
    expect(isPlainObject('x')).toBe(false)
  })
})

describe('assignIndustrySlots', () => {
  it('gives slots in order and starts again after the eighth', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']
    expect([...assignIndustrySlots(names).values()]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 0])
  })
})

describe('toSafeHttpUrl', () => {
  it('accepts http and https only', () => {
    expect(toSafeHttpUrl('http://example.org/a')?.href).toBe('http://example.org/a')
    expect(toSafeHttpUrl('https://example.org/a')?.href).toBe('https://example.org/a')
    expect(toSafeHttpUrl('ftp://example.org/a')).toBeNull()
    expect(toSafeHttpUrl('/relative')).toBeNull()
  })
})

describe('map view limits in the URL', () => {
  it.each([
    ['0/0/0', { zoom: 0, lat: 0, lng: 0 }],
    ['19/90/180', { zoom: 19, lat: 90, lng: 180 }],
    ['5/-90/-180', { zoom: 5, lat: -90, lng: -180 }],
    ['-1/0/0', null],
    ['20/0/0', null],
    ['5/90.1/0', null],
    ['5/-90.1/0', null],
    ['5/0/180.1', null],
    ['5/0/-180.1', null],
    ['5/0/Infinity', null],
  ])('map=%s', (map, expected) => {
    expect(parseViewState(`?map=${map}`).mapView).toEqual(expected)
  })
})

describe('daysBetween limits', () => {
  it('gives one day for a one-day tour and refuses reversed, malformed or over-a-year spans', () => {
    expect(daysBetween('2024-03-04', '2024-03-04')).toEqual(['2024-03-04'])
    expect(daysBetween('2024-03-06', '2024-03-04')).toEqual([])
    expect(daysBetween('garbage', '2024-03-04')).toEqual([])
    expect(daysBetween('2024-03-04', 'garbage')).toEqual([])
    expect(daysBetween('2024-01-01', '2025-01-01')).toHaveLength(367)
    expect(daysBetween('2024-01-01', '2025-01-02')).toEqual([])
  })
})

describe('hasActiveFilters', () => {
  it('is true when any filter or a non-blank search is set', () => {
    expect(hasActiveFilters(NO_FILTERS)).toBe(false)
    expect(hasActiveFilters({ ...NO_FILTERS, query: '   ' })).toBe(false)
    expect(hasActiveFilters({ ...NO_FILTERS, query: 'x' })).toBe(true)
    expect(hasActiveFilters({ ...NO_FILTERS, industries: [] })).toBe(true)
    expect(hasActiveFilters({ ...NO_FILTERS, days: [] })).toBe(true)
  })
})

describe('search folding (literal cases; the property test has an independent oracle)', () => {
  it('ignores case, width and accents, and needs every word', () => {
    const acme = makeEnterprise({ properties: { industry: 'Chemicals & new materials' } })
    expect(matchesQuery(acme, 'ＣＨＥＭ')).toBe(true)
    expect(matchesQuery(acme, 'Chém')).toBe(true)
    expect(matchesQuery(acme, '  acme   chem ')).toBe(true)
    expect(matchesQuery(acme, 'acme\tzinc')).toBe(false)
    expect(matchesQuery(acme, '化工')).toBe(true)
    expect(matchesQuery(acme, '安全生产')).toBe(true)
    expect(matchesQuery(acme, '   ')).toBe(true)
  })
})
