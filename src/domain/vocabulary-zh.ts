import { NO_INDUSTRY } from './enterprise'

/**
 * Chinese for the labels this project itself writes (sector vocabulary, the release's five
 * topics). These are our translations of English labels, not quotations; a dataset's own
 * free text has no translation here and is shown in its original language.
 */
export const INDUSTRY_ZH: Readonly<Record<string, string>> = {
  Automotive: '汽车',
  'Chemicals & new materials': '化工与新材料',
  'Machinery & equipment': '机械装备',
  'Non-ferrous metals & mining': '有色金属与矿业',
  'Pharmaceuticals & health': '医药健康',
  'Steel & metallurgy': '钢铁冶金',
  [NO_INDUSTRY]: '未注明行业',
}

export const TOPIC_ZH: Readonly<Record<string, string>> = {
  'Production and operations': '生产经营',
  'Project construction': '项目建设',
  'R&D and innovation': '研发创新',
  'Industrial supporting facilities': '产业配套',
  'Production safety': '安全生产',
}
