import { NO_INDUSTRY, type Enterprise } from './enterprise'

/**
 * "Label from" and "Group by" for other people's data: which of a file's own properties can
 * name its features or sort them into groups, and the enterprises relabelled or regrouped.
 * The tour's own fields (`name`, `industry`) stay the default; this only adds choices.
 */

/** Keys that usually hold a category, best first (OpenStreetMap, Natural Earth, uMap, portals). */
const GROUP_KEYS = [
  'type',
  'category',
  'amenity',
  'shop',
  'tourism',
  'featurecla',
  'class',
  'kind',
  'layer',
  'TYPE',
  'CATEGORY',
  '类别',
  '类型',
]

/** More distinct values than this make a poor filter; fewer than two, none at all. */
const MAX_GROUPS = 24

interface KeyStats {
  readonly key: string
  /** Features with a text value under the key. */
  readonly present: number
  readonly distinct: number
}

function statsOf(enterprises: readonly Enterprise[]): KeyStats[] {
  const values = new Map<string, Set<string>>()
  const present = new Map<string, number>()
  for (const e of enterprises) {
    for (const [key, value] of Object.entries(e.ownProperties ?? {})) {
      if (typeof value !== 'string' || value.trim() === '') continue
      present.set(key, (present.get(key) ?? 0) + 1)
      let set = values.get(key)
      if (set === undefined) values.set(key, (set = new Set()))
      if (set.size <= MAX_GROUPS) set.add(value.trim())
    }
  }
  return [...present].map(([key, count]) => ({
    key,
    present: count,
    distinct: values.get(key)?.size ?? 0,
  }))
}

/** Text properties that could label the features, most widely present first. */
export function labelChoices(enterprises: readonly Enterprise[]): string[] {
  return statsOf(enterprises)
    .sort((a, b) => b.present - a.present || a.key.localeCompare(b.key))
    .map((s) => s.key)
}

/** Text properties with few distinct values (2 to 24): the ones a filter can use. */
export function groupChoices(enterprises: readonly Enterprise[]): string[] {
  return statsOf(enterprises)
    .filter((s) => s.distinct >= 2 && s.distinct <= MAX_GROUPS && s.distinct < s.present)
    .sort((a, b) => b.present - a.present || a.distinct - b.distinct || a.key.localeCompare(b.key))
    .map((s) => s.key)
}

/**
 * The property to group by when the data has no `industry`: a usual category key if one
 * qualifies, else the categorical property covering most features. Null when the data has
 * industries or nothing qualifies.
 */
export function suggestGroup(enterprises: readonly Enterprise[]): string | null {
  if (enterprises.some((e) => e.industry !== NO_INDUSTRY)) return null
  const choices = groupChoices(enterprises)
  const usual = GROUP_KEYS.find((key) => choices.includes(key))
  const best = usual ?? choices[0]
  if (best === undefined) return null
  const present = enterprises.filter((e) => typeof e.ownProperties?.[best] === 'string').length
  // A property most features lack would hide them under "not given".
  return present * 2 >= enterprises.length ? best : null
}

/** The enterprises labelled from `key` where they have it; the same array when `key` is null. */
export function relabel(
  enterprises: readonly Enterprise[],
  key: string | null,
): readonly Enterprise[] {
  if (key === null || key === 'name') return enterprises
  return enterprises.map((e) => {
    const value = e.ownProperties?.[key]
    return typeof value === 'string' && value.trim() !== ''
      ? { ...e, name: value.trim(), nameZh: null }
      : e
  })
}

/** The enterprises with `key`'s value as their group (the industry filter, colours and legend). */
export function regroup(
  enterprises: readonly Enterprise[],
  key: string | null,
): readonly Enterprise[] {
  if (key === null || key === 'industry') return enterprises
  return enterprises.map((e) => {
    const value = e.ownProperties?.[key]
    return {
      ...e,
      industry: typeof value === 'string' && value.trim() !== '' ? value.trim() : NO_INDUSTRY,
    }
  })
}
