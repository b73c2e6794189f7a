// The published schema of a dataset (JSON Schema is generated from it) and the oracle that
// tests/unit/validator-agreement.test.ts holds the app's hand-written validator to. Both are
// built from the field tables the app itself reads (src/domain/*-fields.ts).
import * as z from 'zod/mini'
import { isCalendarDate } from '../src/domain/calendar-date'
import { ENTERPRISE_FIELDS } from '../src/domain/enterprise-fields'
import type { FieldSpec, FieldTable } from '../src/domain/field-table'
import { TOUR_FIELDS } from '../src/domain/tour-fields'

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'))
const isoDate = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
    z.refine(isCalendarDate, 'is not a real calendar date'),
  )

function valueSchema(spec: FieldSpec) {
  switch (spec.kind) {
    case 'text':
      return text
    case 'textList':
      return z.array(text)
    case 'date':
      return isoDate
    case 'enum':
      return z.enum(spec.values)
    case 'boolean':
      return z.boolean()
    case 'positiveInteger':
      return z.number().check(z.int(), z.positive())
  }
}

function fieldSchema(spec: FieldSpec) {
  const value = valueSchema(spec)
  const field = 'required' in spec ? value : z.optional(z.nullable(value))
  // descriptionZh is not a JSON Schema keyword; validators ignore it, editors may show it.
  return field.check(z.meta({ description: spec.en, descriptionZh: spec.zh }))
}

function objectSchema(table: FieldTable) {
  return z.object(
    Object.fromEntries(Object.entries(table).map(([name, spec]) => [name, fieldSchema(spec)])),
  )
}

/** The `properties` of one enterprise Feature, as published in the README and JSON Schema. */
export const enterprisePropertiesSchema = objectSchema(ENTERPRISE_FIELDS)

/** The optional top-level `tour` foreign member of the FeatureCollection. */
export const tourSchema = objectSchema(TOUR_FIELDS)
