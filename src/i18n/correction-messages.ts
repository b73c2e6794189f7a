import type { Lang } from '../domain/lang'

/**
 * The strings of the "Suggest a correction" form, in both languages. They load with the form's
 * own chunk, so the first download does not carry them.
 */
const en = {
  title: 'Suggest a correction',
  close: 'Close Suggest a correction',
  intro:
    'Tell the maintainers what is wrong and give a public source for the correct fact. Nothing is sent from this page: you copy the report, or open it pre-filled and send it yourself.',
  aboutEnterprise: 'Enterprise: {name}',
  aboutDataset: 'About the dataset as a whole',
  subject: 'What is wrong',
  subject_name: 'Name',
  subject_industry: 'Industry',
  subject_products: 'Products',
  subject_location: 'Location',
  subject_visitDate: 'Visit date',
  subject_evidence: 'Evidence of the visit',
  subject_topics: 'Topics and visit details',
  subject_sources: 'Sources',
  subject_other: 'Something else',
  subject_missingEnterprise: 'An enterprise is missing',
  subject_tour: 'Facts about the tour',
  current: 'Current value',
  correction: 'The correct fact',
  correctionHint: 'What should be written instead, in your own words.',
  source: 'Public source (web address)',
  sourceHint: 'A page anyone can open, starting with http:// or https://, that states the fact.',
  reporter: 'Your name (optional)',
  contact: 'How to reach you (optional)',
  contactHint: 'An e-mail address or similar, for questions; it becomes part of the report.',
  prepare: 'Prepare report',
  clear: 'Clear form',
  restored: 'Your unfinished report was restored.',
  correctionMissing: 'Write the correct fact.',
  sourceMissing: 'Give the web address of a public source.',
  sourceNotHttp: 'The source must be a web address starting with http:// or https://.',
  report: 'Your report',
  reportHint: 'Send it to the maintainers; the text below is what they will read.',
  copy: 'Copy report',
  copied: 'Report copied.',
  copyFailed:
    'Could not copy automatically. The report is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  openIssue: 'Open a new issue, pre-filled',
  openMail: 'Open an e-mail, pre-filled',
  openNote: 'Nothing is sent until you submit it there.',
  noAddress:
    'This copy of Tour Map names no corrections address: send the copied report to whoever publishes it.',
  reportTitle: 'Correction',
  reportEnterprise: 'Enterprise',
  reportNoEnterprise: 'dataset',
  reportSubject: 'What is wrong',
  reportCurrent: 'Current value',
  reportCorrection: 'Correct fact',
  reportSource: 'Source',
  reportReporter: 'Reported by',
  reportContact: 'Contact',
  reportPage: 'Page',
  reportVersion: 'Dataset version (last checked)',
  reportVersionUnknown: 'not stated',
}

export type CorrectionKey = keyof typeof en

const zh: Record<CorrectionKey, string> = {
  title: '建议更正',
  close: '关闭“建议更正”',
  intro:
    '请告诉维护者哪里有误，并提供能证明正确事实的公开来源。本页面不会发送任何内容：您可以复制报告，或打开预先填好的页面后自行提交。',
  aboutEnterprise: '企业：{name}',
  aboutDataset: '关于整个数据集',
  subject: '哪里有误',
  subject_name: '名称',
  subject_industry: '行业',
  subject_products: '产品',
  subject_location: '位置',
  subject_visitDate: '调研日期',
  subject_evidence: '调研依据',
  subject_topics: '调研内容与细节',
  subject_sources: '来源',
  subject_other: '其他',
  subject_missingEnterprise: '缺少某家企业',
  subject_tour: '调研概况',
  current: '当前内容',
  correction: '正确的事实',
  correctionHint: '请用自己的话写明应改为什么。',
  source: '公开来源（网址）',
  sourceHint: '任何人都能打开、说明该事实的网页，以 http:// 或 https:// 开头。',
  reporter: '您的姓名（可选）',
  contact: '联系方式（可选）',
  contactHint: '电子邮箱等，便于维护者提问；它会写入报告。',
  prepare: '生成报告',
  clear: '清空表单',
  restored: '已恢复您未完成的报告。',
  correctionMissing: '请填写正确的事实。',
  sourceMissing: '请填写公开来源的网址。',
  sourceNotHttp: '来源必须是以 http:// 或 https:// 开头的网址。',
  report: '您的报告',
  reportHint: '请将其发送给维护者；维护者看到的就是下面这段文字。',
  copy: '复制报告',
  copied: '报告已复制。',
  copyFailed: '无法自动复制。报告已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制。',
  openIssue: '打开预填好的新 issue',
  openMail: '打开预填好的电子邮件',
  openNote: '在那里提交之前，不会发送任何内容。',
  noAddress: '此版本的调研地图未设置更正地址：请将复制的报告发给其发布者。',
  reportTitle: '更正',
  reportEnterprise: '企业',
  reportNoEnterprise: '数据集',
  reportSubject: '哪里有误',
  reportCurrent: '当前内容',
  reportCorrection: '正确的事实',
  reportSource: '来源',
  reportReporter: '报告人',
  reportContact: '联系方式',
  reportPage: '页面',
  reportVersion: '数据版本（最近核对日期）',
  reportVersionUnknown: '未注明',
}

export type CorrectionText = (
  key: CorrectionKey,
  params?: Readonly<Record<string, string>>,
) => string

export function correctionText(lang: Lang): CorrectionText {
  const messages = lang === 'zh' ? zh : en
  return (key, params) =>
    messages[key].replace(/\{(\w+)\}/g, (match, name: string) => params?.[name] ?? match)
}
