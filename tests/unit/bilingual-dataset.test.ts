import { describe, expect, it } from 'vitest'
import { datasetJsonSchema } from '../../scripts/dataset-json-schema'
import { ENTERPRISE_FIELDS } from '../../src/domain/enterprise-fields'
import { chineseCompanions, type FieldTable } from '../../src/domain/field-table'
import { TOUR_FIELDS } from '../../src/domain/tour-fields'
import { readBundledDataset } from '../support/dataset-fixtures'

// Every sentence the editors wrote has a Chinese version, and every Chinese version an English
// one. The pairs come from the field tables (`chineseOf`), so a new pair is checked unasked.
const HAN = /\p{Script=Han}/u

type Record_ = Readonly<Record<string, unknown>>
const raw = readBundledDataset() as {
  tour: Record_
  features: { id: string; properties: Record_ }[]
}

const given = (value: unknown) =>
  value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)

function pairsOf(table: FieldTable): [string, string][] {
  return [...chineseCompanions(table)]
}

function bilingualProblems(table: FieldTable, record: Record_): string[] {
  const problems: string[] = []
  for (const [english, chinese] of pairsOf(table)) {
    const en = record[english]
    const zh = record[chinese]
    if (given(en) !== given(zh)) problems.push(`${english} and ${chinese}: only one is given`)
    if (Array.isArray(en) && Array.isArray(zh) && en.length !== zh.length) {
      problems.push(`${chinese} has ${String(zh.length)} items, ${english} ${String(en.length)}`)
    }
    for (const text of [zh].flat()) {
      if (typeof text === 'string' && !HAN.test(text)) problems.push(`${chinese} is not Chinese`)
    }
  }
  for (const name of (record.translatedFields ?? []) as string[]) {
    if (table[name]?.chineseOf === undefined) problems.push(`${name} is not a Chinese field`)
    else if (!given(record[name])) problems.push(`${name} is marked translated but empty`)
  }
  return problems
}

describe('the field tables', () => {
  it.each([
    ['enterprise', ENTERPRISE_FIELDS],
    ['tour', TOUR_FIELDS],
  ] as const)('pair each %s Chinese field with an English field of the same kind', (_n, table) => {
    const tableOf = table as FieldTable
    expect(pairsOf(tableOf).length).toBeGreaterThan(2)
    for (const [english, chinese] of pairsOf(tableOf)) {
      expect(tableOf[english]?.kind, chinese).toBe(tableOf[chinese]?.kind)
    }
  })
})

describe('the built-in dataset in both languages', () => {
  it.each(raw.features.map((f) => [f.id, f.properties] as const))(
    '%s gives each bilingual field in both languages or in neither',
    (_id, properties) => {
      expect(bilingualProblems(ENTERPRISE_FIELDS, properties)).toEqual([])
    },
  )

  it('gives the tour facts in both languages', () => {
    expect(bilingualProblems(TOUR_FIELDS, raw.tour)).toEqual([])
  })

  it('marks the Chinese it translated itself', () => {
    for (const { properties } of raw.features) {
      expect(properties.translatedFields).toEqual(
        ['nameNoteZh', 'productsZh', 'visitTopicsZh', 'visitNotesZh', 'locationNoteZh'].filter(
          (name) => given(properties[name]),
        ),
      )
    }
  })

  it('catches a missing Chinese version', () => {
    const [first] = raw.features
    const broken = { ...first?.properties, productsZh: null }
    expect(bilingualProblems(ENTERPRISE_FIELDS, broken)).toEqual([
      'products and productsZh: only one is given',
      'productsZh is marked translated but empty',
    ])
  })
})

describe('the published JSON Schema', () => {
  it('describes everything it describes in English and in Chinese', () => {
    const found: string[] = []
    const walk = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return
      const object = node as Record_
      if ('description' in object) {
        found.push(path)
        expect(object.descriptionZh, path).toMatch(HAN)
      }
      for (const [key, child] of Object.entries(object)) walk(child, `${path}/${key}`)
    }
    walk(datasetJsonSchema(), '')
    expect(found).toContain(
      '/properties/features/items/properties/properties/properties/productsZh',
    )
    expect(found).toContain('')
  })
})
