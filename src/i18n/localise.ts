import type { Enterprise, Tour } from '../domain/enterprise'
import { ENTERPRISE_FIELDS } from '../domain/enterprise-fields'
import { chineseCompanions, type FieldTable } from '../domain/field-table'
import { TOUR_FIELDS } from '../domain/tour-fields'
import { INDUSTRY_ZH, TOPIC_ZH } from '../domain/vocabulary-zh'
import type { Lang } from '../domain/lang'
import type { Translate } from './i18n'

export { formatDate, formatDateSpan, formatShortDate } from '../domain/format-date'

/** A string in the language it is shown in, and whether it is an untranslated original. */
export interface Localised {
  readonly text: string
  readonly lang: 'en' | 'zh-CN'
  readonly original: boolean
}

const english = (text: string, lang: Lang): Localised => ({
  text,
  lang: 'en',
  original: lang === 'zh',
})
const chinese = (text: string): Localised => ({ text, lang: 'zh-CN', original: false })

/** Picks the Chinese form in Chinese when there is one; otherwise the English original, marked. */
export function pick(
  lang: Lang,
  englishText: string,
  chineseText: string | null | undefined,
): Localised {
  if (lang === 'zh' && chineseText != null && chineseText !== '') return chinese(chineseText)
  return english(englishText, lang)
}

/** Free text that the data has only in English. */
export function englishOnly(text: string, lang: Lang): Localised {
  return english(text, lang)
}

/** Records are typed from the field table, so any of its names can be read from them. */
type Row = object
const fieldOf = (record: Row, name: string): unknown =>
  (record as Readonly<Record<string, unknown>>)[name]
/** Names of a record's fields that hold text or may be null. */
type TextField<R> = { [K in keyof R]: R[K] extends string | null ? K : never }[keyof R] & string
type ListField<R> = { [K in keyof R]: R[K] extends readonly string[] ? K : never }[keyof R] & string

function companionText(table: FieldTable, record: Row, field: string): string | null {
  const chinese = chineseCompanions(table).get(field)
  const value = chinese === undefined ? null : fieldOf(record, chinese)
  return typeof value === 'string' ? value : null
}

function companionList(table: FieldTable, record: Row, field: string, length: number) {
  const chinese = chineseCompanions(table).get(field)
  const value = chinese === undefined ? null : fieldOf(record, chinese)
  // Item i translates item i; a list of another length cannot be matched up, so it is not used.
  return Array.isArray(value) && value.length === length ? (value as readonly string[]) : null
}

/** A free-text field of an enterprise in the reader's language, via its Chinese companion field. */
export function localText(
  e: Enterprise,
  field: TextField<Enterprise>,
  lang: Lang,
): Localised | null {
  const value = e[field]
  return value === null ? null : pick(lang, value, companionText(ENTERPRISE_FIELDS, e, field))
}

/** A list field's items in the reader's language; `vocabulary` translates known labels. */
export function localItems(
  e: Enterprise,
  field: ListField<Enterprise>,
  lang: Lang,
  vocabulary: Readonly<Record<string, string>> = {},
): readonly Localised[] {
  return localList(ENTERPRISE_FIELDS, e, e[field], field, lang, vocabulary)
}

export function localTourText(tour: Tour, field: TextField<Tour>, lang: Lang): Localised | null {
  const value = tour[field]
  return value === null ? null : pick(lang, value, companionText(TOUR_FIELDS, tour, field))
}

export function localTourItems(tour: Tour, field: ListField<Tour>, lang: Lang) {
  return localList(TOUR_FIELDS, tour, tour[field], field, lang, {})
}

function localList(
  table: FieldTable,
  record: Row,
  items: readonly string[],
  field: string,
  lang: Lang,
  vocabulary: Readonly<Record<string, string>>,
): readonly Localised[] {
  const chinese = companionList(table, record, field, items.length)
  return items.map((item, i) => pick(lang, item, chinese?.[i] ?? vocabulary[item]))
}

/** Whether the reader is shown any of the editors' own translations of this record. */
export function showsOurTranslation(
  record: { readonly translatedFields: readonly string[] },
  lang: Lang,
) {
  return lang === 'zh' && record.translatedFields.length > 0
}

export const localName = (e: Enterprise, lang: Lang) => pick(lang, e.name, e.nameZh)
export const localIndustry = (industry: string, lang: Lang) =>
  pick(lang, industry, INDUSTRY_ZH[industry])
export const localTopic = (topic: string, lang: Lang) => pick(lang, topic, TOPIC_ZH[topic])
export const localTourTitle = (tour: Tour, lang: Lang) => pick(lang, tour.title, tour.titleZh)
export const localPlace = (tour: Tour | null, lang: Lang) =>
  tour?.place == null ? null : pick(lang, tour.place, tour.placeZh).text

export function localDistrict(
  e: Pick<Enterprise, 'district' | 'districtZh'>,
  lang: Lang,
): string | null {
  if (e.district === null) return lang === 'zh' ? e.districtZh : null
  return pick(lang, e.district, e.districtZh).text
}

/** The location's precision in plain words, so no reader takes a placeholder for a site. */
export function describeLocation(
  t: Translate,
  lang: Lang,
  e: Pick<Enterprise, 'precision' | 'district' | 'districtZh'>,
  cityName: string | null,
): string {
  const district = localDistrict(e, lang)
  const params = district === null ? undefined : { district }
  switch (e.precision) {
    case 'site':
      return district === null ? t('locSite') : t('locSiteIn', params)
    case 'town':
      return district === null ? t('locTown') : t('locTownIn', params)
    case 'county':
      return district === null ? t('locCounty') : t('locCountyIn', params)
    case 'city':
      return t('locCity', { city: cityName ?? t('theCity') })
    case null:
      return district === null ? t('locUnstated') : t('locUnstatedIn', params)
  }
}

/**
 * Development zones are administrative areas inside the city, not counties, and the outline
 * file has no boundary for them; readers must not mistake them for one.
 */
export function zoneNote(
  t: Translate,
  lang: Lang,
  e: Pick<Enterprise, 'district' | 'districtZh'>,
): string | null {
  if (e.district === null || !/\bzone\b|开发区|高新区/i.test(`${e.district} ${e.districtZh ?? ''}`))
    return null
  return t('zoneNote', { district: localDistrict(e, lang) ?? e.district })
}
