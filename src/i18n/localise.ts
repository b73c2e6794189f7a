import type { Enterprise, Tour } from '../domain/enterprise'
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
