import { parseSync, type Plugin } from 'vite'

/**
 * The field tables' rows carry an English and a Chinese description (`en`, `zh`) for the
 * published JSON Schema (npm run build:schema). The app never reads them, yet they cost about
 * 1.7 KB of the 150 KB first-load budget, so the production build leaves them out. The source,
 * the tests and the schema script keep them; TypeScript still requires every row to have both.
 */
const FIELD_TABLES = /[\\/]src[\\/]domain[\\/](enterprise|tour)-fields\.ts$/

interface Node {
  readonly type: string
  readonly start: number
  readonly end: number
  readonly [key: string]: unknown
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string'

/** A description: `en` or `zh` set to a plain string. */
function isDescription(property: Node): boolean {
  if (property.type !== 'Property') return false
  const key = property.key as Node & { name?: string }
  const value = property.value as Node & { expressions?: unknown[] }
  const text =
    value.type === 'Literal' ||
    (value.type === 'TemplateLiteral' && value.expressions?.length === 0)
  return key.type === 'Identifier' && (key.name === 'en' || key.name === 'zh') && text
}

/** The code with every object's `en` and `zh` string properties removed. */
export function stripFieldDocs(code: string): string {
  const edits: { start: number; end: number; text: string }[] = []
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach(visit)
      return
    }
    if (!isNode(node)) return
    if (node.type === 'ObjectExpression') {
      const properties = node.properties as Node[]
      if (properties.some(isDescription)) {
        const kept = properties.filter((property) => !isDescription(property))
        const text = kept.map((property) => code.slice(property.start, property.end)).join(', ')
        edits.push({ start: node.start, end: node.end, text: `{ ${text} }` })
        return
      }
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'type') visit(child)
  }
  visit(parseSync('field-table.js', code).program)
  let result = code
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  }
  return result
}

export function stripFieldDocsPlugin(): Plugin {
  return {
    name: 'tour-map-strip-field-docs',
    apply: 'build',
    // After TypeScript is stripped, so the code parses as plain JavaScript.
    enforce: 'post',
    transform(code, id) {
      return FIELD_TABLES.test(id) ? { code: stripFieldDocs(code), map: null } : null
    },
  }
}
