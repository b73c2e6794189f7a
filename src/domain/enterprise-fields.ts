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
    search: true,
    required: true,
    csv: true,
    en: 'English display name; also the marker label',
    zh: '英文显示名称，也用作地图标记的名称',
  },
  nameZh: {
    kind: 'text',
    search: true,
    absent: null,
    csv: true,
    en: 'Chinese name; null when no source confirms it',
    zh: '中文名称；没有来源证实时为 null',
  },
  nameInRelease: {
    kind: 'text',
    search: true,
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
  nameNoteZh: {
    kind: 'text',
    absent: null,
    chineseOf: 'nameNote',
    en: 'nameNote in Chinese',
    zh: 'nameNote 的中文',
  },
  industry: {
    kind: 'text',
    search: true,
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
  productsZh: {
    kind: 'text',
    absent: null,
    chineseOf: 'products',
    en: 'products in Chinese',
    zh: 'products 的中文',
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
    search: true,
    absent: null,
    csv: true,
    en: 'County-level unit or zone; null when unknown',
    zh: '县级行政区或园区；未知时为 null',
  },
  districtZh: {
    kind: 'text',
    absent: null,
    en: 'The district in Chinese',
    zh: '区县的中文名称',
    chineseOf: 'district',
  },
  locationNote: {
    kind: 'text',
    absent: null,
    en: 'What the point is and on what basis',
    zh: '这个点代表什么，依据是什么',
  },
  locationNoteZh: {
    kind: 'text',
    absent: null,
    chineseOf: 'locationNote',
    en: 'locationNote in Chinese',
    zh: 'locationNote 的中文',
  },
  locationSources: {
    kind: 'textList',
    absent: [],
    en: "URLs of the sources for the point's own coordinates (such as a county seat's position); empty when no source gives them",
    zh: '该点坐标本身的来源网址（例如县城驻地的坐标）；没有来源给出坐标时为空',
  },
  visitDate: {
    kind: 'date',
    absent: null,
    csv: true,
    en: 'Day of the visit, YYYY-MM-DD; null when unknown',
    zh: '调研日期，格式 YYYY-MM-DD；未知时为 null',
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
    zh: '该企业与此次调研相关联的依据',
  },
  topics: {
    kind: 'textList',
    search: true,
    absent: [],
    csv: true,
    en: 'What the release says was looked at in every enterprise',
    zh: '通稿所述在每家企业调研的内容',
  },
  visitTopics: {
    kind: 'textList',
    search: true,
    absent: [],
    csv: true,
    en: 'Topics a source reports for this visit only',
    zh: '来源报道的仅属于这次调研的内容',
  },
  visitTopicsZh: {
    kind: 'textList',
    absent: [],
    csv: true,
    chineseOf: 'visitTopics',
    en: 'visitTopics in Chinese, item for item',
    zh: 'visitTopics 的中文，逐项对应',
  },
  visitNotes: {
    kind: 'text',
    absent: null,
    en: 'Other sourced details of the visit',
    zh: '有来源的其他调研细节',
  },
  visitNotesZh: {
    kind: 'text',
    absent: null,
    chineseOf: 'visitNotes',
    en: 'visitNotes in Chinese',
    zh: 'visitNotes 的中文',
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
  translatedFields: {
    kind: 'textList',
    absent: [],
    en: "Which of the Chinese fields (…Zh) are the dataset editors' own translation rather than a sourced Chinese text",
    zh: '哪些中文字段（…Zh）是数据集编者自己的翻译，而不是有来源的中文原文',
  },
} as const satisfies FieldTable

export type EnterpriseField = keyof typeof ENTERPRISE_FIELDS
