import type { ValueDescription } from './problem'

/** True for `{…}` objects, false for arrays, null and everything else. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** What kind of JSON value this is, for a message a non-programmer reads easily. */
export function describeValue(value: unknown): ValueDescription {
  if (value === null) return { kind: 'null', text: '' }
  if (value === undefined) return { kind: 'missing', text: '' }
  if (Array.isArray(value)) return { kind: 'list', text: '' }
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? { kind: 'longText', text: '' } : { kind: 'text', text: value }
    case 'number':
    case 'boolean':
      return { kind: typeof value === 'number' ? 'number' : 'boolean', text: String(value) }
    case 'object':
      return { kind: 'object', text: '' }
    default:
      return { kind: 'other', text: typeof value }
  }
}
