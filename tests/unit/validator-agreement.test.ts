import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { enterprisePropertiesSchema, tourSchema } from '../../scripts/dataset-schema'
import { ENTERPRISE_FIELDS } from '../../src/domain/enterprise-fields'
import { TOUR_FIELDS } from '../../src/domain/tour-fields'
import { validateFields, type FieldRule, type Rules } from '../../src/domain/field-rules'

// The app validates with hand-written rules (small download); the published JSON Schema comes
// from the zod schema. Random inputs must get the same verdict from both.
const junk = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '',
    '   ',
    '2024-03-06',
    '2024-13-40',
    '2024-02-30',
    '2023-02-29',
    '1900-02-29',
    ' 2024-03-06',
    'site',
    'city',
    'release',
    'street',
  ),
  fc.constant(null),
  fc.integer({ min: -3, max: 30 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constant(' '), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), { maxKeys: 2 }),
)

const validFor: Record<FieldRule['kind'], fc.Arbitrary<unknown>> = {
  text: fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constant(null)),
  textList: fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 3 }),
  date: fc.oneof(
    fc.constantFrom('2024-03-06', '2024-02-29', '2000-02-29', '1999-12-31'),
    fc.constant(null),
  ),
  enum: fc.constantFrom('site', 'town', 'county', 'city', 'release', 'other-report', null),
  boolean: fc.oneof(fc.boolean(), fc.constant(null)),
  positiveInteger: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant(null)),
}

/** Records that are mostly valid, so that a single wrong field decides the verdict. */
function recordOf(rules: Rules) {
  return fc.record(
    Object.fromEntries(
      Object.entries(rules).map(([field, rule]) => [
        field,
        fc.oneof({ arbitrary: validFor[rule.kind], weight: 12 }, { arbitrary: junk, weight: 1 }),
      ]),
    ),
    { requiredKeys: [] },
  )
}

// Property runs do hundreds of checks: on a busy CI machine they can take many seconds.
describe('hand-written validator agrees with the published schema', { timeout: 60_000 }, () => {
  it('on enterprise properties', () => {
    fc.assert(
      fc.property(recordOf(ENTERPRISE_FIELDS), (input) => {
        const ours = validateFields(ENTERPRISE_FIELDS, input).ok
        const published = enterprisePropertiesSchema.safeParse(input).success
        expect(ours).toBe(published)
      }),
      { numRuns: 3000 },
    )
  })

  it('on the tour member', () => {
    fc.assert(
      fc.property(recordOf(TOUR_FIELDS), (input) => {
        expect(validateFields(TOUR_FIELDS, input).ok).toBe(tourSchema.safeParse(input).success)
      }),
      { numRuns: 3000 },
    )
  })

  it('accepts what it produces, unchanged (validation is idempotent)', () => {
    fc.assert(
      fc.property(recordOf(ENTERPRISE_FIELDS), (input) => {
        const first = validateFields(ENTERPRISE_FIELDS, input)
        if (!first.ok) return
        const second = validateFields(ENTERPRISE_FIELDS, first.value as Record<string, unknown>)
        expect(second).toEqual(first)
      }),
      { numRuns: 2000 },
    )
  })
})
