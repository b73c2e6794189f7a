import type { Enterprise } from './enterprise'
import { matchesWords, queryWords } from './search'

/** Industries to show; null means "no filter", i.e. every industry. */
export type IndustrySelection = readonly string[] | null
/** Visit days to show (ISO dates, or UNKNOWN_DAY); null means every day. */
export type DaySelection = readonly string[] | null

/** The day filter's value for enterprises whose visit date no source reports. */
export const UNKNOWN_DAY = 'unknown'

export interface Filters {
  readonly industries: IndustrySelection
  readonly days: DaySelection
  readonly query: string
}

export const NO_FILTERS: Filters = { industries: null, days: null, query: '' }

export function dayOf(enterprise: Enterprise): string {
  return enterprise.visitDate ?? UNKNOWN_DAY
}

export function filterEnterprises(
  enterprises: readonly Enterprise[],
  filters: Filters,
): readonly Enterprise[] {
  if (!hasActiveFilters(filters)) return enterprises
  const { industries, days, query } = filters
  const wantedIndustries = industries === null ? null : new Set(industries)
  const wantedDays = days === null ? null : new Set(days)
  // Normalised once: at 50 000 enterprises, once per enterprise cost more than the filter itself.
  const words = queryWords(query)
  return enterprises.filter(
    (e) =>
      (wantedIndustries === null || wantedIndustries.has(e.industry)) &&
      (wantedDays === null || wantedDays.has(dayOf(e))) &&
      matchesWords(e, words),
  )
}

export function hasActiveFilters({ industries, days, query }: Filters): boolean {
  return industries !== null || days !== null || query.trim() !== ''
}

export interface IndustryCount {
  readonly industry: string
  readonly count: number
}

/** One entry per industry present in the data, alphabetical, with how many enterprises it has. */
export function countIndustries(enterprises: readonly Enterprise[]): readonly IndustryCount[] {
  const counts = new Map<string, number>()
  for (const { industry } of enterprises) {
    counts.set(industry, (counts.get(industry) ?? 0) + 1)
  }
  return [...counts]
    .map(([industry, count]) => ({ industry, count }))
    .sort((a, b) => a.industry.localeCompare(b.industry, 'en'))
}

export interface DayCount {
  readonly day: string
  readonly count: number
}

/**
 * Every day of the tour (even days with no identified visit), then any other dated days, then
 * "date not reported" when some enterprise lacks a date: undated visits are never dropped silently.
 */
export function countDays(
  enterprises: readonly Enterprise[],
  tourDays: readonly string[],
): readonly DayCount[] {
  const counts = new Map<string, number>(tourDays.map((day) => [day, 0]))
  for (const e of enterprises) {
    const day = dayOf(e)
    counts.set(day, (counts.get(day) ?? 0) + 1)
  }
  const unknown = counts.get(UNKNOWN_DAY)
  counts.delete(UNKNOWN_DAY)
  const dated = [...counts]
    .map(([day, count]) => ({ day, count }))
    .sort((a, b) => a.day.localeCompare(b.day))
  return unknown === undefined ? dated : [...dated, { day: UNKNOWN_DAY, count: unknown }]
}

/** ISO dates from start to end inclusive; empty when the span is malformed or over a year long. */
export function daysBetween(start: string, end: string): readonly string[] {
  const first = Date.parse(`${start}T00:00:00Z`)
  const last = Date.parse(`${end}T00:00:00Z`)
  const dayMs = 86_400_000
  if (
    !Number.isFinite(first) ||
    !Number.isFinite(last) ||
    last < first ||
    last - first > 366 * dayMs
  ) {
    return []
  }
  const days: string[] = []
  for (let t = first; t <= last; t += dayMs) days.push(new Date(t).toISOString().slice(0, 10))
  return days
}

/** The selection after the user ticks or unticks one value of a facet. */
export function toggleValue(
  selection: readonly string[] | null,
  allValues: readonly string[],
  value: string,
  checked: boolean,
): readonly string[] | null {
  const current = new Set(selection ?? allValues)
  if (checked) current.add(value)
  else current.delete(value)
  // Back to "no filter" once everything is ticked, so the URL stays clean.
  if (allValues.every((name) => current.has(name))) return null
  return allValues.filter((name) => current.has(name))
}

export function isValueShown(selection: readonly string[] | null, value: string): boolean {
  return selection === null || selection.includes(value)
}

const LOCALE_SORT_LIMIT = 5000

/** List order: enterprises with a known visit date first, by date, then by name. */
export function sortForList(
  enterprises: readonly Enterprise[],
  nameOf: (e: Enterprise) => string,
  locale: string,
): readonly Enterprise[] {
  // Locale-aware comparison costs about a microsecond a call; for very large lists plain code
  // point order keeps the sort under 100 ms (README "Known limits").
  const compare =
    enterprises.length <= LOCALE_SORT_LIMIT
      ? new Intl.Collator(locale).compare
      : (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0)
  // Keys are computed once per enterprise, not once per comparison.
  const keyed = enterprises.map((e) => ({ e, date: e.visitDate, name: nameOf(e) }))
  keyed.sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1
      if (b.date === null) return -1
      return a.date < b.date ? -1 : 1
    }
    return compare(a.name, b.name)
  })
  return keyed.map((k) => k.e)
}
