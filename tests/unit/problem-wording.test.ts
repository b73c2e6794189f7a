import { describe, expect, it } from 'vitest'
import { parseDatasetText } from '../../src/domain/parse-dataset'
import { problem } from '../../src/domain/problem'
import { formatProblem } from '../../src/i18n/format-problem'
import { problemMessagesEn } from '../../src/i18n/problem-messages'
import { problemMessagesZh } from '../../src/i18n/problem-messages-zh'
import { makeCollection, makeFeature } from '../support/dataset-fixtures'

describe('validator problems in both languages', () => {
  const outcome = parseDatasetText(
    JSON.stringify(
      makeCollection([makeFeature({ coordinates: [43.8, 126.5], properties: { topics: 'x' } })]),
    ),
  )
  if (outcome.ok) throw new Error('expected a refusal')
  const reasons = outcome.problems[0]?.reasons ?? []

  it('reads in English', () => {
    expect(reasons.map((r) => formatProblem(r, problemMessagesEn))).toEqual([
      'Its coordinates [43.8, 126.5] look swapped: GeoJSON puts longitude first, then latitude.',
      'The field "topics" should be a list, but it is the text "x".',
    ])
    expect(formatProblem(outcome.error, problemMessagesEn)).toBe(
      'The file has no point features Tour Map can show: 1 point feature failed the checks listed below.',
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
