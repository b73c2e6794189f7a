import type { Lang } from './lang'

/**
 * "6 March 2024" or "2024年3月6日". Written out by hand rather than with Intl.DateTimeFormat, whose
 * wording varies between browsers, ICU versions and Node builds: the card, the exports' citation
 * and the tests must read the same everywhere.
 */
export function formatDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number)
  if (year === undefined || month === undefined || day === undefined) return iso
  if (lang === 'zh') return `${String(year)}年${String(month)}月${String(day)}日`
  const monthName = MONTHS[month - 1]
  return monthName === undefined ? iso : `${String(day)} ${monthName} ${String(year)}`
}

/** "4–6 March 2024" / "2024年3月4日至6日" for a span inside one month. */
export function formatDateSpan(start: string, end: string, lang: Lang): string {
  if (start === end) return formatDate(start, lang)
  const sameMonth = start.slice(0, 7) === end.slice(0, 7)
  if (!sameMonth) return `${formatDate(start, lang)} – ${formatDate(end, lang)}`
  const endDay = String(Number(end.slice(8, 10)))
  if (lang === 'zh') return `${formatDate(start, lang)}至${endDay}日`
  return `${String(Number(start.slice(8, 10)))}–${formatDate(end, lang)}`
}

/** "4 March" / "3月4日", for the day strip. */
export function formatShortDate(iso: string, lang: Lang): string {
  const month = Number(iso.slice(5, 7))
  const day = Number(iso.slice(8, 10))
  if (lang === 'zh') return `${String(month)}月${String(day)}日`
  return `${String(day)} ${MONTHS[month - 1] ?? ''}`.trim()
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
