import { EVIDENCE, NO_INDUSTRY, PRECISIONS } from './enterprise'
import type { FieldTable } from './field-table'

/**
 * The `properties` of one enterprise Feature (docs/dataset.md "Feature properties"), one row per field.
 * The Enterprise type, the validator, the parser, both exports and the published JSON Schema
 * (npm run build:schema) all follow this table; to add a field, add a row here.
 *
 * Only `name` is required so that people can bring their own point data; a field left out is
 * shown as "not given", never filled in with a guess. The order is the order of validation
 * messages, exported properties and CSV columns.
 */
export const ENTERPRISE_FIELDS = {
  name: {
    kind: 'text',
    required: true,
    csv: true,
    en: 'English display name; also the marker label',
    zh: '英文显示名称，也用作地图标记的名称',
  },
  nameZh: {
    kind: 'text',
    absent: null,
    csv: true,
    en: 'Chinese name; null when no source confirms it',
    zh: '中文名称；没有来源证实时为 null',
  },
  nameInRelease: {
    kind: 'text',
    absent: null,
    en: 'The name as the official release wrote it',
    zh: '官方通稿中的企业名称写法',
  },
  nameNote: {
    kind: 'text',
    absent: null,
    en: 'How sure the identification is, and why',
    zh: '识别的把握程度及理由',
  },
  industry: {
    kind: 'text',
    // Never empty, so that such features can still be filtered.
    absent: NO_INDUSTRY,
    csv: true,
    en: 'One label from the sector vocabulary',
    zh: '行业分类中的一个标签',
  },
  products: {
    kind: 'text',
    absent: null,
    en: 'What the enterprise makes, as far as sources say',
    zh: '据来源所述，企业生产的产品',
  },
  precision: {
    kind: 'enum',
    values: PRECISIONS,
    absent: null,
    csv: true,
    en: 'How well the point matches the real location',
    zh: '地图上的点与实际位置的吻合程度',
  },
  district: {
    kind: 'text',
    absent: null,
    csv: true,
    en: 'County-level unit or zone; null when unknown',
    zh: '县级行政区或园区；未知时为 null',
  },
  districtZh: { kind: 'text', absent: null, en: 'The district in Chinese', zh: '区县的中文名称' },
  locationNote: {
    kind: 'text',
    absent: null,
    en: 'What the point is and on what basis',
    zh: '这个点代表什么，依据是什么',
  },
  visitDate: {
    kind: 'date',
    absent: null,
    csv: true,
    en: 'Day of the visit, YYYY-MM-DD; null when unknown',
    zh: '考察日期，格式 YYYY-MM-DD；未知时为 null',
  },
  namedInRelease: {
    kind: 'boolean',
    absent: null,
    csv: true,
    en: 'Whether the release names it',
    zh: '通稿是否点名该企业',
  },
  evidence: {
    kind: 'enum',
    values: EVIDENCE,
    absent: null,
    en: 'How the enterprise was tied to the tour',
    zh: '该企业与此次考察相关联的依据',
  },
  topics: {
    kind: 'textList',
    absent: [],
    csv: true,
    en: 'What the release says was looked at in every enterprise',
    zh: '通稿所述在每家企业考察的内容',
  },
  visitTopics: {
    kind: 'textList',
    absent: [],
    csv: true,
    en: 'Topics a source reports for this visit only',
    zh: '来源报道的仅属于这次考察的内容',
  },
  visitNotes: {
    kind: 'text',
    absent: null,
    en: 'Other sourced details of the visit',
    zh: '有来源的其他考察细节',
  },
  visitSource: {
    kind: 'text',
    absent: null,
    en: 'URL of the source for visitTopics and visitNotes',
    zh: 'visitTopics 和 visitNotes 的来源网址',
  },
  sources: {
    kind: 'textList',
    absent: [],
    csv: true,
    en: 'URLs of every source for the facts above',
    zh: '以上各项事实的全部来源网址',
  },
} as const satisfies FieldTable

export type EnterpriseField = keyof typeof ENTERPRISE_FIELDS
