import { describe, expect, it } from 'vitest'
import type { FeatureProblem } from '../../src/domain/parse-dataset'
import type { Problem } from '../../src/domain/problem'
import { groupProblems } from '../../src/domain/problem-groups'

// A file with thousands of unnamed points must read as one line per kind of problem, with the
// first few features counted as a reader counts them (from 1), not as thousands of lines.

const missingName: Problem = { code: 'fieldMissing', params: { field: 'name' } }
const missingIndustry: Problem = { code: 'fieldMissing', params: { field: 'industry' } }
const badDate = (date: string, id: string): Problem => ({
  code: 'fieldDate',
  params: { field: 'visitDate', date, id },
})

function feature(index: number, reasons: Problem[], id: string | null = null): FeatureProblem {
  return { index, id, reasons }
}

describe('grouping a file’s problems', () => {
  it('one group per field named, in order of first appearance, counting every feature', () => {
    const groups = groupProblems([
      feature(0, [missingName], 'a'),
      feature(4, [missingIndustry, missingName], 'e'),
      feature(7, [missingName]),
    ])
    expect(groups.map((g) => [g.reason.params?.field, g.count])).toEqual([
      ['name', 3],
      ['industry', 1],
    ])
    expect(groups[0]?.examples).toEqual([
      { number: 1, id: 'a' },
      { number: 5, id: 'e' },
      { number: 8, id: null },
    ])
  })

  it('keeps the first three examples by default, and as many as asked otherwise', () => {
    const problems = [0, 1, 2, 3, 4].map((i) => feature(i, [missingName]))
    expect(groupProblems(problems)[0]?.examples.map((e) => e.number)).toEqual([1, 2, 3])
    expect(groupProblems(problems, 1)[0]?.examples.map((e) => e.number)).toEqual([1])
    expect(groupProblems(problems)[0]?.count).toBe(5)
  })

  it('puts the same mistake in different features together although the quoted values differ', () => {
    const groups = groupProblems([
      feature(0, [badDate('2024-02-30', 'a')], 'a'),
      feature(1, [badDate('soon', 'b')], 'b'),
    ])
    expect(groups).toHaveLength(1)
    expect(groups[0]?.count).toBe(2)
    // The group speaks in the first feature's words.
    expect(groups[0]?.reason.params?.date).toBe('2024-02-30')
  })

  it('keeps different codes apart even for the same field', () => {
    const groups = groupProblems([
      feature(0, [missingName]),
      feature(1, [{ code: 'fieldEmpty', params: { field: 'name' } }]),
      feature(2, [{ code: 'fieldType', params: { field: 'name', expected: 'text' } }]),
      feature(3, [{ code: 'fieldType', params: { field: 'name', expected: 'list' } }]),
    ])
    expect(groups.map((g) => g.reason.code)).toEqual([
      'fieldMissing',
      'fieldEmpty',
      'fieldType',
      'fieldType',
    ])
  })

  it('has no groups for a file without problems', () => {
    expect(groupProblems([])).toEqual([])
  })
})
