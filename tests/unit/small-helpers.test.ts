import { describe, expect, it } from 'vitest'
import { formatDate, formatDateSpan, formatShortDate } from '../../src/domain/format-date'
import { makeTranslate } from '../../src/i18n/i18n'
import { en } from '../../src/i18n/messages'
import { zh } from '../../src/i18n/messages-zh'
import { describeLocation, zoneNote } from '../../src/i18n/localise'
import { toSafeHttpUrl } from '../../src/domain/safe-url'

describe('describeLocation', () => {
  it.each([
    ['site', 'Longtan District', 'Exact site in Longtan District'],
    ['town', 'Jilin ETDZ', 'Approximate: within about 5 km, in Jilin ETDZ'],
    ['county', 'Panshi City', 'Approximate: somewhere in Panshi City'],
    ['city', null, 'Approximate: somewhere in Jilin City; district not known'],
  ] as const)('%s precision', (precision, district, text) => {
    expect(
      describeLocation(
        makeTranslate(en),
        'en',
        { precision, district, districtZh: null },
        'Jilin City',
      ),
    ).toBe(text)
  })

  it('speaks Chinese, using the Chinese district name', () => {
    expect(
      describeLocation(
        makeTranslate(zh),
        'zh',
        { precision: 'county', district: 'Panshi City', districtZh: '磐石市' },
        null,
      ),
    ).toBe('大致位置：位于磐石市境内')
  })

  it('says when the dataset states no precision', () => {
    expect(
      describeLocation(
        makeTranslate(en),
        'en',
        { precision: null, district: null, districtZh: null },
        null,
      ),
    ).toBe('Precision not stated by the dataset')
  })
})

describe('zoneNote', () => {
  it('says a development zone is not a county', () => {
    const t = makeTranslate(en)
    expect(
      zoneNote(t, 'en', {
        district: 'Jilin Economic and Technological Development Zone',
        districtZh: null,
      }),
    ).toContain('development zone, not a county')
    expect(zoneNote(t, 'en', { district: 'Panshi City', districtZh: null })).toBeNull()
    expect(zoneNote(t, 'en', { district: null, districtZh: null })).toBeNull()
  })
})

describe('formatDate and formatDateSpan', () => {
  it('writes dates in full, independent of time zone', () => {
    expect(formatDate('2024-03-06', 'en')).toBe('6 March 2024')
    expect(formatDate('2024-03-06', 'zh')).toBe('2024年3月6日')
    expect(formatShortDate('2024-03-06', 'zh')).toBe('3月6日')
  })

  it('shortens a span inside one month', () => {
    expect(formatDateSpan('2024-03-04', '2024-03-06', 'en')).toBe('4–6 March 2024')
    expect(formatDateSpan('2024-03-04', '2024-03-06', 'zh')).toBe('2024年3月4日至6日')
    expect(formatDateSpan('2024-02-28', '2024-03-02', 'en')).toBe('28 February 2024 – 2 March 2024')
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
