import { isCalendarDate, isIsoDateShape } from './calendar-date'
import { describeValue } from './describe-value'
import { problem, type Problem } from './problem'

/**
 * A small, declarative validator for flat records of optional text, lists, dates, enums, booleans
 * and whole numbers. Hand-written rather than a schema library so the first download stays under
 * its size budget; scripts/dataset-schema.ts publishes the same field tables as JSON Schema, and a
 * property-based test keeps the two in agreement.
 */
export type FieldRule =
  | { readonly kind: 'text'; readonly required?: true }
  | { readonly kind: 'textList' }
  | { readonly kind: 'date'; readonly required?: true }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'positiveInteger' }

export type Rules = Readonly<Record<string, FieldRule>>

type ValueOf<R extends FieldRule> = R extends { kind: 'text' | 'date'; required: true }
  ? string
  : R extends { kind: 'text' | 'date' }
    ? string | null | undefined
    : R extends { kind: 'textList' }
      ? string[] | null | undefined
      : R extends { kind: 'enum'; values: readonly (infer V)[] }
        ? V | null | undefined
        : R extends { kind: 'boolean' }
          ? boolean | null | undefined
          : number | null | undefined

export type Validated<R extends Rules> = { -readonly [K in keyof R]: ValueOf<R[K]> }

export type ValidationResult<R extends Rules> =
  | { readonly ok: true; readonly value: Validated<R> }
  | { readonly ok: false; readonly reasons: readonly Problem[] }

// Rule lists are read once per rule set, not once per feature: datasets may hold 50 000.
const entriesOf = new WeakMap<Rules, [string, FieldRule][]>()

export function validateFields<R extends Rules>(
  rules: R,
  input: Record<string, unknown>,
): ValidationResult<R> {
  const reasons: Problem[] = []
  const value: Record<string, unknown> = {}
  let entries = entriesOf.get(rules)
  if (entries === undefined) {
    entries = Object.entries(rules)
    entriesOf.set(rules, entries)
  }
  for (const [field, rule] of entries) {
    // Own properties only: "__proto__" or "constructor" in data must never reach the prototype.
    const raw = Object.hasOwn(input, field) ? input[field] : undefined
    const checked = checkField(field, rule, raw, reasons)
    if (checked !== undefined) value[field] = checked
  }
  return reasons.length > 0 ? { ok: false, reasons } : { ok: true, value: value as Validated<R> }
}

/** One field's value as checked (text trimmed); its problems, if any, go to `reasons`. */
export function checkField(
  field: string,
  rule: FieldRule,
  raw: unknown,
  reasons: Problem[],
): unknown {
  const required = 'required' in rule
  if (raw === undefined || (raw === null && !required)) {
    if (required) reasons.push(problem('fieldMissing', { field }))
    return raw
  }
  switch (rule.kind) {
    case 'text':
      return checkText(field, raw, reasons)
    case 'date':
      // Checked as written, not trimmed: the published schema's pattern allows no spaces.
      if (typeof raw !== 'string') {
        reasons.push(problem('fieldType', { field, expected: 'text', value: describeValue(raw) }))
      } else if (!isIsoDateShape(raw)) {
        reasons.push(problem('fieldDate', { field }))
      } else if (!isCalendarDate(raw)) {
        reasons.push(problem('fieldNotCalendarDate', { field, date: raw }))
      }
      return raw
    case 'textList': {
      if (!Array.isArray(raw)) {
        reasons.push(problem('fieldType', { field, expected: 'list', value: describeValue(raw) }))
        return undefined
      }
      return raw.map((item: unknown, i) => checkText(field, item, reasons, i))
    }
    case 'enum':
      if (typeof raw !== 'string' || !rule.values.includes(raw)) {
        reasons.push(
          problem('fieldEnum', {
            field,
            values: rule.values.map((v) => `"${v}"`).join(', '),
            value: describeValue(raw),
          }),
        )
      }
      return raw
    case 'boolean':
      if (typeof raw !== 'boolean') {
        reasons.push(
          problem('fieldType', { field, expected: 'boolean', value: describeValue(raw) }),
        )
      }
      return raw
    case 'positiveInteger':
      if (
        typeof raw !== 'number' ||
        !Number.isInteger(raw) ||
        raw <= 0 ||
        !Number.isSafeInteger(raw)
      ) {
        reasons.push(problem('fieldPositiveInteger', { field, value: describeValue(raw) }))
      }
      return raw
  }
}

/** `index` is set for list items; their label ("topics.2") is built only when reported. */
function checkText(
  field: string,
  raw: unknown,
  reasons: Problem[],
  index?: number,
): string | undefined {
  if (typeof raw === 'string') {
    const trimmed = raw.trim()
    if (trimmed !== '') return trimmed
  }
  const label = index === undefined ? field : `${field}.${String(index)}`
  reasons.push(
    typeof raw === 'string'
      ? problem('fieldEmpty', { field: label })
      : problem('fieldType', { field: label, expected: 'text', value: describeValue(raw) }),
  )
  return undefined
}
