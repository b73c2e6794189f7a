import type { Lang } from '../domain/lang'

/**
 * Words only the property table and About use for a file of one's own. They load with those
 * lazy parts, so they cost the built-in tour's first download nothing.
 */
const en = {
  ownProperties: 'Properties of this feature',
  propertyKey: 'Property',
  propertyValue: 'Value',
  noOwnProperties: 'This feature has no other properties.',
  showWhole: 'Show all',
  showLess: 'Show less',
  aboutFileName: (name: string) => `File: ${name}.`,
  aboutFileCount: (count: string) => `Features shown: ${count}.`,
  aboutFileOwn: 'The cards show each feature’s own properties as the file gives them, as text.',
  shape: {
    area: 'Drawn on the map as an area; its pin stands inside it.',
    line: 'Drawn on the map as a line; its pin stands half-way along it.',
    points: 'Drawn on the map as several points; its pin stands on the first.',
  },
}

const zh: typeof en = {
  ownProperties: '该要素的属性',
  propertyKey: '属性',
  propertyValue: '值',
  noOwnProperties: '该要素没有其他属性。',
  showWhole: '显示全部',
  showLess: '收起',
  aboutFileName: (name) => `文件：${name}。`,
  aboutFileCount: (count) => `显示的要素：${count}。`,
  aboutFileOwn: '卡片按文件原样以纯文本显示每个要素自身的属性。',
  shape: {
    area: '在地图上画作一个面；其标记位于面内。',
    line: '在地图上画作一条线；其标记位于线的中点。',
    points: '在地图上画作多个点；其标记位于第一个点。',
  },
}

export function ownDataWords(lang: Lang): typeof en {
  return lang === 'zh' ? zh : en
}
