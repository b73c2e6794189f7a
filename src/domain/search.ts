import type { Enterprise } from './enterprise'
import { INDUSTRY_ZH, TOPIC_ZH } from './vocabulary-zh'

/** Case-, width- and accent-insensitive form, so "ＣＨＥＭ" and "Chém" find "Chemicals". */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

const haystacks = new WeakMap<Enterprise, string>()

/** Everything a reader might type to find an enterprise, in both languages; built once per object. */
function haystackOf(e: Enterprise): string {
  let text = haystacks.get(e)
  if (text === undefined) {
    const parts = [
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
      // Other people's data: "military" must find airports whose `type` says so.
      ...Object.values(e.ownProperties ?? {}).map(String),
    ]
    text = normaliseForSearch(
      parts.filter((part): part is string => typeof part === 'string').join('\n'),
    )
    haystacks.set(e, text)
  }
  return text
}

/** True when every word of the query occurs somewhere in the enterprise's searchable text. */
export function matchesQuery(e: Enterprise, query: string): boolean {
  const words = normaliseForSearch(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = haystackOf(e)
  return words.every((word) => haystack.includes(word))
}
