import type { Enterprise } from './enterprise'
import { ENTERPRISE_FIELDS, type EnterpriseField } from './enterprise-fields'
import { searchedFields } from './field-table'
import { INDUSTRY_ZH, TOPIC_ZH } from './vocabulary-zh'

/** Case-, width- and accent-insensitive form, so "ＣＨＥＭ" and "Chém" find "Chemicals". */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

/** The table's searched fields with their Chinese companions, and the vocabulary's Chinese. */
const SEARCHED = searchedFields(ENTERPRISE_FIELDS) as EnterpriseField[]

const haystacks = new WeakMap<Enterprise, string>()

/** Everything a reader might type to find an enterprise, in both languages; built once per object. */
function haystackOf(e: Enterprise): string {
  let text = haystacks.get(e)
  if (text === undefined) {
    const parts: unknown[] = [INDUSTRY_ZH[e.industry], ...e.topics.map((topic) => TOPIC_ZH[topic])]
    for (const name of SEARCHED) parts.push(...[e[name]].flat())
    // Other people's data: "military" must find airports whose `type` says so.
    parts.push(...Object.values(e.ownProperties ?? {}).map(String))
    text = normaliseForSearch(
      parts.filter((part): part is string => typeof part === 'string').join('\n'),
    )
    haystacks.set(e, text)
  }
  return text
}

/** True when every word of the query occurs somewhere in the enterprise's searchable text. */
export function matchesQuery(e: Enterprise, query: string): boolean {
  return matchesWords(e, queryWords(query))
}

/** The query's words as they are searched for; normalised once, not once per enterprise. */
export function queryWords(query: string): readonly string[] {
  // A blank search (every filter but the search box) skips normalising: its Unicode regular
  // expression is compiled at first use, which took 8 ms of the first filter at 50 000.
  if (query.trim() === '') return []
  return normaliseForSearch(query).split(/\s+/).filter(Boolean)
}

/** True when every one of `words` (from queryWords) occurs in the enterprise's searchable text. */
export function matchesWords(e: Enterprise, words: readonly string[]): boolean {
  if (words.length === 0) return true
  const haystack = haystackOf(e)
  return words.every((word) => haystack.includes(word))
}
