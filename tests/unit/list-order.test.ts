import { describe, expect, it } from 'vitest'
import type { Enterprise } from '../../src/domain/enterprise'
import { countDays, daysBetween, sortForList, toggleValue } from '../../src/domain/filter'
import { makeEnterprise } from '../support/dataset-fixtures'

// The order a reader sees in the list and the day filter, from literal dates and names.

function visits(rows: readonly (readonly [name: string, visitDate: string | null])[]) {
  return rows.map(([name, visitDate], i) =>
    makeEnterprise({ id: `e${String(i)}`, properties: { name, visitDate } }),
  )
}

const names = (list: readonly Enterprise[]) => list.map((e) => e.name)

describe('the list’s order', () => {
  it('earlier visits first, same-day visits by name, undated ones last by name', () => {
    const list = visits([
      ['Delta', null],
      ['Bravo', '2024-03-05'],
      ['Alpha', '2024-03-05'],
      ['Echo', '2024-03-04'],
      ['Charlie', null],
    ])
    expect(names(sortForList(list, (e) => e.name, 'en'))).toEqual([
      'Echo',
      'Alpha',
      'Bravo',
      'Charlie',
      'Delta',
    ])
  })

  it('puts visits given in any order into date order', () => {
    const list = visits([
      ['Charlie', '2024-03-05'],
      ['Alpha', '2024-03-09'],
      ['Delta', null],
      ['Echo', '2024-03-03'],
      ['Bravo', '2024-03-07'],
    ])
    expect(names(sortForList(list, (e) => e.name, 'en'))).toEqual([
      'Echo',
      'Charlie',
      'Bravo',
      'Alpha',
      'Delta',
    ])
  })

  it('an undated visit never comes before a dated one, wherever it starts', () => {
    const list = visits([
      ['Alpha', null],
      ['Zulu', '2024-03-06'],
    ])
    expect(names(sortForList(list, (e) => e.name, 'en'))).toEqual(['Zulu', 'Alpha'])
    expect(names(sortForList([...list].reverse(), (e) => e.name, 'en'))).toEqual(['Zulu', 'Alpha'])
  })

  // README "Known limits": above 5 000 enterprises, code point order instead of the collation.
  function manyNamed(count: number, first: readonly string[]) {
    const base = makeEnterprise()
    const list = Array.from({ length: count }, (_, i) => ({ ...base, id: `e${String(i)}` }))
    const nameOf = (e: Enterprise) => first[Number(e.id.slice(1))] ?? `zz ${e.id}`
    return { list, nameOf }
  }

  it('up to 5 000 enterprises, names sort as the language does ("alpha" before "Bravo")', () => {
    const { list, nameOf } = manyNamed(5000, ['Bravo', 'alpha'])
    expect(sortForList(list, nameOf, 'en').slice(0, 2).map(nameOf)).toEqual(['alpha', 'Bravo'])
  })

  it('above 5 000, by code point ("Bravo" before "alpha"), equal names kept together', () => {
    const { list, nameOf } = manyNamed(5001, ['alpha', 'Bravo', 'alpha', 'Bravo'])
    expect(sortForList(list, nameOf, 'en').slice(0, 4).map(nameOf)).toEqual([
      'Bravo',
      'Bravo',
      'alpha',
      'alpha',
    ])
  })
})

describe('the day filter’s days', () => {
  it('puts a dated visit outside the tour among the tour days, in date order', () => {
    const list = visits([
      ['Alpha', '2024-03-09'],
      ['Bravo', '2024-03-01'],
      ['Charlie', '2024-03-05'],
    ])
    expect(countDays(list, ['2024-03-04', '2024-03-05'])).toEqual([
      { day: '2024-03-01', count: 1 },
      { day: '2024-03-04', count: 0 },
      { day: '2024-03-05', count: 1 },
      { day: '2024-03-09', count: 1 },
    ])
  })

  it('has no "date not reported" entry when every visit is dated', () => {
    const days = countDays(visits([['Alpha', '2024-03-05']]), [])
    expect(days).toEqual([{ day: '2024-03-05', count: 1 }])
  })

  it('counts two undated visits as two', () => {
    const days = countDays(
      visits([
        ['Alpha', null],
        ['Bravo', null],
      ]),
      [],
    )
    expect(days).toEqual([{ day: 'unknown', count: 2 }])
  })

  it('takes a tour of up to 366 days and no longer', () => {
    // 2024 is a leap year: 1 January 2024 to 1 January 2025 is 366 days, 367 dates.
    const year = daysBetween('2024-01-01', '2025-01-01')
    expect(year).toHaveLength(367)
    expect(year[0]).toBe('2024-01-01')
    expect(year.at(-1)).toBe('2025-01-01')
    expect(daysBetween('2024-01-01', '2025-01-02')).toEqual([])
  })

  it('a one-day tour has that day only', () => {
    expect(daysBetween('2024-03-05', '2024-03-05')).toEqual(['2024-03-05'])
    expect(daysBetween('2024-03-05', 'later')).toEqual([])
  })
})

describe('ticking and unticking a value', () => {
  it('ticking one more value keeps the others in the data’s order', () => {
    expect(toggleValue(['c'], ['a', 'b', 'c'], 'a', true)).toEqual(['a', 'c'])
  })

  it('unticking a value that was not ticked changes nothing', () => {
    expect(toggleValue(['a'], ['a', 'b', 'c'], 'b', false)).toEqual(['a'])
  })
})
