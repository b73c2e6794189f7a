import { beforeEach, describe, expect, it } from 'vitest'
import { parseDataset, parseDatasetText } from '../../src/domain/parse-dataset'
import { problem, type Problem } from '../../src/domain/problem'
import { formatProblem } from '../../src/i18n/format-problem'
import { problemMessagesEn } from '../../src/i18n/problem-messages'
import { problemMessagesZh } from '../../src/i18n/problem-messages-zh'
import { makeCollection, makeFeature } from '../support/dataset-fixtures'

describe('validator problems in both languages', () => {
  let outcome: ReturnType<typeof parseDatasetText>
  let reasons: readonly Problem[] = []
  // In beforeEach, not at collection: npm run mutate then knows which tests cover the parser.
  beforeEach(() => {
    outcome = parseDatasetText(
      JSON.stringify(
        makeCollection([makeFeature({ coordinates: [43.8, 126.5], properties: { topics: 'x' } })]),
      ),
    )
    if (outcome.ok) throw new Error('expected a refusal')
    reasons = outcome.problems[0]?.reasons ?? []
  })

  it('reads in English', () => {
    expect(reasons.map((r) => formatProblem(r, problemMessagesEn))).toEqual([
      'Its coordinates [43.8, 126.5] look swapped: GeoJSON puts longitude first, then latitude.',
      'The field "topics" should be a list, but it is the text "x".',
    ])
    if (outcome.ok) throw new Error('expected a refusal')
    expect(formatProblem(outcome.error, problemMessagesEn)).toBe(
      'The file has no feature Tour Map can draw: the 1 feature with a geometry failed the checks listed below.',
    )
  })

  it('reads in Chinese, with values worded in Chinese too', () => {
    expect(formatProblem(reasons[0]!, problemMessagesZh)).toBe(
      '它的坐标 [43.8, 126.5] 似乎颠倒了：GeoJSON 先写经度，再写纬度。',
    )
    expect(
      formatProblem(
        problem('fieldType', {
          field: 'topics',
          expected: 'list',
          value: { kind: 'text', text: 'x' },
        }),
        problemMessagesZh,
      ),
    ).toBe('字段 "topics" 应为列表，但实际是文本 "x"。')
  })

  it('has a Chinese sentence for every problem', () => {
    expect(Object.keys(problemMessagesZh.problems).sort()).toEqual(
      Object.keys(problemMessagesEn.problems).sort(),
    )
  })
})

describe('field problems name their field, in both languages', () => {
  /** The reasons the validator gives for one feature whose properties are changed as given. */
  function reasonsFor(properties: Record<string, unknown>) {
    const feature = makeFeature({ properties }) as { properties: Record<string, unknown> }
    for (const [key, value] of Object.entries(properties)) {
      if (value === undefined) Reflect.deleteProperty(feature.properties, key)
    }
    const outcome = parseDataset(makeCollection([feature, makeFeature({ id: 'fine' })]))
    if (!outcome.ok) throw new Error('expected the valid feature to load')
    return outcome.problems[0]?.reasons ?? []
  }

  it.each([
    [
      { namedInRelease: 'yes' },
      'The field "namedInRelease" should be true or false, but it is the text "yes".',
      '字段 "namedInRelease" 应为true 或 false，但实际是文本 "yes"。',
    ],
    [
      { topics: 'x' },
      'The field "topics" should be a list, but it is the text "x".',
      '字段 "topics" 应为列表，但实际是文本 "x"。',
    ],
    [{ industry: '' }, 'The field "industry" must not be empty.', '字段 "industry" 不能为空。'],
    [
      { precision: 'street' },
      'The field "precision" must be one of "site", "town", "county", "city", but it is the text "street".',
      '字段 "precision" 必须是 "site", "town", "county", "city" 之一，但实际是文本 "street"。',
    ],
    [
      { visitDate: '6 March' },
      'The field "visitDate" must be a date written YYYY-MM-DD.',
      '字段 "visitDate" 必须是 YYYY-MM-DD 格式的日期。',
    ],
    [
      { visitDate: '2024-02-30' },
      'The field "visitDate" is not a real calendar date: 2024-02-30 does not exist.',
      '字段 "visitDate" 不是真实存在的日期：日历上没有 2024-02-30 这一天。',
    ],
  ])('%o', (properties, en, zh) => {
    const reasons = reasonsFor(properties)
    expect(reasons.map((r) => formatProblem(r, problemMessagesEn))).toEqual([en])
    expect(reasons.map((r) => formatProblem(r, problemMessagesZh))).toEqual([zh])
  })

  it('every Chinese field sentence keeps the field name', () => {
    const fieldCodes = Object.keys(problemMessagesEn.problems).filter((code) =>
      code.startsWith('field'),
    ) as (keyof typeof problemMessagesZh.problems)[]
    expect(fieldCodes.length).toBeGreaterThan(0)
    for (const code of fieldCodes) {
      const sentence = formatProblem(
        problem(code, {
          field: 'visitDate',
          expected: 'text',
          value: { kind: 'number', text: '7' },
          values: '"a"',
          date: '2024-02-30',
        }),
        problemMessagesZh,
      )
      expect(sentence, code).toContain('"visitDate"')
    }
  })
})
