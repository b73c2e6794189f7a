import { describe, expect, it } from 'vitest'
import { stripFieldDocs } from '../../scripts/strip-field-docs'

describe('stripFieldDocs (production build only)', () => {
  it('drops the en and zh descriptions of each row and keeps everything else', () => {
    const code = [
      'export const FIELDS = {',
      "  name: { kind: 'text', required: true, en: 'English name', zh: '英文名称' },",
      "  nameZh: { kind: 'text', absent: null, chineseOf: 'name', en: `Chinese`, zh: \"中文\" },",
      "  en: { kind: 'text', en: 'A field called en' },",
      '}',
    ].join('\n')
    const stripped = stripFieldDocs(code)
    expect(stripped).toBe(
      [
        'export const FIELDS = {',
        "  name: { kind: 'text', required: true },",
        "  nameZh: { kind: 'text', absent: null, chineseOf: 'name' },",
        "  en: { kind: 'text' },",
        '}',
      ].join('\n'),
    )
  })

  it('leaves code without descriptions as it is', () => {
    const code = "const x = { kind: 'text', values: ['en', 'zh'] }"
    expect(stripFieldDocs(code)).toBe(code)
  })
})
