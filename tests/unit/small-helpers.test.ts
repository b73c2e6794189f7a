import { describe, expect, it } from 'vitest'
import { describeLocation } from '../../src/domain/describe-location'
import { formatDateSpan, formatIsoDate } from '../../src/domain/format-date'
import { toSafeHttpUrl } from '../../src/domain/safe-url'

describe('describeLocation', () => {
  it.each([
    ['site', 'Longtan District', 'Exact site in Longtan District'],
    ['town', 'Jilin ETDZ', 'Approximate: within about 5 km, in Jilin ETDZ'],
    ['county', 'Panshi City', 'Approximate: somewhere in Panshi City'],
    ['city', null, 'Approximate: somewhere in Jilin City; district not known'],
  ] as const)('%s precision', (precision, district, text) => {
    expect(describeLocation({ precision, district }, 'Jilin City')).toBe(text)
  })
})

describe('formatIsoDate and formatDateSpan', () => {
  it('writes dates in full, independent of time zone', () => {
    expect(formatIsoDate('2024-03-06')).toBe('6 March 2024')
  })

  it('shortens a span inside one month', () => {
    expect(formatDateSpan('2024-03-04', '2024-03-06')).toBe('4–6 March 2024')
    expect(formatDateSpan('2024-02-28', '2024-03-02')).toBe('28 February 2024 – 2 March 2024')
  })
})

describe('toSafeHttpUrl', () => {
  it.each(['https://example.org/a', 'http://example.org'])('accepts %s', (url) => {
    expect(toSafeHttpUrl(url)?.href).toContain('example.org')
  })

  it.each([
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    '/relative/path',
    'not a url',
    'JaVaScRiPt:alert(1)',
  ])('refuses %s', (url) => {
    expect(toSafeHttpUrl(url)).toBeNull()
  })
})
