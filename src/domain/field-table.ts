import { checkField, type FieldRule } from './field-rules'
import type { Problem } from './problem'

/**
 * One row of a field table (src/domain/enterprise-fields.ts, tour-fields.ts): how the field is
 * validated, what it means, and what a record gets when the dataset leaves it out. The type of
 * the record, the parser, the exports and the published JSON Schema are all derived from it.
 */
export type FieldSpec = FieldRule & {
  /** What the field holds, for the JSON Schema (and so for people writing datasets). */
  readonly en: string
  readonly zh: string
  /** The value when the field is absent or null; required fields have none. */
  readonly absent?: null | string | readonly []
  /** Whether the CSV export has a column for it. */
  readonly csv?: true
  /**
   * For a Chinese companion: the English field it gives in Chinese (`productsZh` → `products`).
   * The interface shows it in Chinese in place of the English; a unit test holds the built-in
   * dataset to giving both or neither.
   */
  readonly chineseOf?: string
  /** Whether search looks in it; a searched field's Chinese companion is searched too. */
  readonly search?: true
}

export type FieldTable = Readonly<Record<string, FieldSpec>>

type Present<F> = F extends { kind: 'text' | 'date' }
  ? string
  : F extends { kind: 'textList' }
    ? readonly string[]
    : F extends { kind: 'enum'; values: readonly (infer V)[] }
      ? V
      : F extends { kind: 'boolean' }
        ? boolean
        : number

/** A field's value once parsed: null only where null is its value when absent. */
export type FieldValue<F> = F extends { absent: null } ? Present<F> | null : Present<F>

export type FieldValues<T extends FieldTable> = { readonly [K in keyof T]: FieldValue<T[K]> }

/** Field names in table order; read once per table, not once per record. */
const namesOf = new WeakMap<FieldTable, string[]>()

export function fieldNames<T extends FieldTable>(table: T): (keyof T & string)[] {
  let names = namesOf.get(table)
  if (names === undefined) {
    names = Object.keys(table)
    namesOf.set(table, names)
  }
  return names
}

/** A table's rows in order; read once per table, not once per record. */
const rowsOf = new WeakMap<FieldTable, [string, FieldSpec][]>()

/**
 * validateFields then fillDefaults in one pass, for a dataset's 50 000 features: each field of
 * `input` is checked and written into `record`, or its default when absent; the reasons go to
 * `reasons`. False when any field failed (`record` is then incomplete and must be dropped).
 */
export function checkFieldsInto(
  table: FieldTable,
  input: Readonly<Record<string, unknown>>,
  record: Record<string, unknown>,
  reasons: Problem[],
): boolean {
  let rows = rowsOf.get(table)
  if (rows === undefined) {
    rows = Object.entries(table)
    rowsOf.set(table, rows)
  }
  const before = reasons.length
  for (const [name, spec] of rows) {
    // Own properties only: "__proto__" or "constructor" in data must never reach the prototype.
    const raw = Object.hasOwn(input, name) ? input[name] : undefined
    record[name] = checkField(name, spec, raw, reasons) ?? spec.absent
  }
  return reasons.length === before
}

/** A validated record with every field present: absent ones get their table default. */
export function withDefaults<T extends FieldTable>(
  table: T,
  validated: Readonly<Record<string, unknown>>,
): FieldValues<T> {
  return fillDefaults(table, validated, {}) as FieldValues<T>
}

/** withDefaults, written into `record` (the dataset's reader adds the fields to its own object). */
export function fillDefaults(
  table: FieldTable,
  validated: Readonly<Record<string, unknown>>,
  record: Record<string, unknown>,
): Record<string, unknown> {
  for (const name of fieldNames(table)) record[name] = validated[name] ?? table[name]?.absent
  return record
}

/** Each English field's Chinese companion, from the rows' `chineseOf`; read once per table. */
const companionsOf = new WeakMap<FieldTable, ReadonlyMap<string, string>>()

export function chineseCompanions(table: FieldTable): ReadonlyMap<string, string> {
  let companions = companionsOf.get(table)
  if (companions === undefined) {
    const pairs: [string, string][] = []
    for (const name of fieldNames(table)) {
      const english = table[name]?.chineseOf
      if (english !== undefined) pairs.push([english, name])
    }
    companions = new Map(pairs)
    companionsOf.set(table, companions)
  }
  return companions
}

/** The fields search reads: those marked `search`, each followed by its Chinese companion. */
export function searchedFields(table: FieldTable): string[] {
  const companions = chineseCompanions(table)
  return fieldNames(table)
    .filter((name) => table[name]?.search === true)
    .flatMap((name) => {
      const chinese = companions.get(name)
      return chinese === undefined ? [name] : [name, chinese]
    })
}
