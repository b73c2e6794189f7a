/** True for `{…}` objects, false for arrays, null and everything else. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Names a JSON value's kind in words a non-programmer reads easily ("a list", "the number 3"). */
export function describeValue(value: unknown): string {
  if (value === null) return 'empty (null)'
  if (value === undefined) return 'missing'
  if (Array.isArray(value)) return 'a list'
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? 'a piece of text' : `the text "${value}"`
    case 'number':
      return `the number ${String(value)}`
    case 'boolean':
      return `the value ${String(value)}`
    case 'object':
      return 'an object'
    default:
      return `a ${typeof value}`
  }
}
