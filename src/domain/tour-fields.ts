import type { FieldTable } from './field-table'

/**
 * The optional top-level `tour` member of the FeatureCollection, one row per field; the Tour
 * type, the parser and the published JSON Schema follow it (see enterprise-fields.ts).
 */
export const TOUR_FIELDS = {
  title: {
    kind: 'text',
    required: true,
    en: 'Title of the tour, in English',
    zh: '调研活动的英文标题',
  },
  titleZh: {
    kind: 'text',
    absent: null,
    en: 'The title in Chinese',
    zh: '调研活动的中文标题',
    chineseOf: 'title',
  },
  startDate: {
    kind: 'date',
    required: true,
    en: 'First day, YYYY-MM-DD',
    zh: '第一天，YYYY-MM-DD',
  },
  endDate: { kind: 'date', required: true, en: 'Last day, YYYY-MM-DD', zh: '最后一天，YYYY-MM-DD' },
  place: {
    kind: 'text',
    absent: null,
    en: 'The city or area toured',
    zh: '调研的城市或地区（英文）',
  },
  placeZh: {
    kind: 'text',
    absent: null,
    en: 'The place in Chinese',
    zh: '调研地点的中文名称',
    chineseOf: 'place',
  },
  leader: {
    kind: 'text',
    absent: null,
    en: 'Who led the tour, in English',
    zh: '带队领导（英文）',
  },
  leaderZh: {
    kind: 'text',
    absent: null,
    en: 'The leader in Chinese',
    zh: '带队领导的中文写法',
    chineseOf: 'leader',
  },
  officials: {
    kind: 'textList',
    absent: [],
    en: 'Other officials the release names',
    zh: '通稿提到的其他官员',
  },
  officialsZh: {
    kind: 'textList',
    absent: [],
    chineseOf: 'officials',
    en: 'officials in Chinese, item for item',
    zh: 'officials 的中文，逐项对应',
  },
  themes: {
    kind: 'textList',
    absent: [],
    en: 'What the tour was about, as the release says',
    zh: '通稿所述的调研主题',
  },
  themesZh: {
    kind: 'textList',
    absent: [],
    chineseOf: 'themes',
    en: 'themes in Chinese, item for item',
    zh: 'themes 的中文，逐项对应',
  },
  enterprisesVisited: {
    kind: 'positiveInteger',
    absent: null,
    en: 'How many enterprises the release says were visited',
    zh: '通稿所述调研的企业总数',
  },
  releaseUrl: {
    kind: 'text',
    absent: null,
    en: 'URL of the official release',
    zh: '官方通稿的网址',
  },
  releasePosted: {
    kind: 'date',
    absent: null,
    en: 'Day the release was posted, YYYY-MM-DD',
    zh: '通稿发布日期，YYYY-MM-DD',
  },
  lastChecked: {
    kind: 'date',
    absent: null,
    en: 'Day the dataset was last checked against its sources, YYYY-MM-DD',
    zh: '数据最近一次与来源核对的日期，YYYY-MM-DD',
  },
  translatedFields: {
    kind: 'textList',
    absent: [],
    en: "Which of the tour's Chinese fields (…Zh) are the dataset editors' own translation",
    zh: '调研信息中哪些中文字段（…Zh）是数据集编者自己的翻译',
  },
  otherVisits: {
    kind: 'text',
    absent: null,
    en: 'Other visits by the same official that sources report, and why they are not on the map',
    zh: '来源报道的同一官员的其他活动，以及它们不在地图上的原因',
  },
  otherVisitsZh: {
    kind: 'text',
    absent: null,
    chineseOf: 'otherVisits',
    en: 'otherVisits in Chinese',
    zh: 'otherVisits 的中文',
  },
  otherVisitsSources: {
    kind: 'textList',
    absent: [],
    en: 'URLs of the sources for otherVisits',
    zh: 'otherVisits 的来源网址',
  },
} as const satisfies FieldTable
