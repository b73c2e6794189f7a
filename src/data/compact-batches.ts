/**
 * A compact form for sending many records of the same shape from a worker to the page. Copying
 * 50 000 enterprises as objects cost the worker about 0.6 s and the page as much again
 * (structured clone writes and reads every field of every object, every string anew). Here each
 * field becomes a column: the values not seen before in that column, and one number per record
 * pointing at its value, in a transferable Uint32Array. Repeated values (an industry, a district,
 * a date, a list of sources, an empty list, the object records without own properties share)
 * cross once, and the page rebuilds each record in one pass, its records sharing those values.
 * Values are never changed: the records are read-only.
 */

import { recordTemplate } from '../domain/record-template'

/** One field of a batch: its new values, and for each record 0 (no such field) or 1 + a value's place. */
export interface CompactColumn {
  readonly key: string
  readonly added: readonly unknown[]
  readonly index: Uint32Array
}

export interface CompactBatch {
  readonly count: number
  readonly columns: readonly CompactColumn[]
}

interface PackColumn {
  readonly key: string
  /**
   * Values already sent, by identity (text, numbers, booleans, null, and objects such as the one
   * all records without own properties share), or in seenLists, by content for lists of text.
   */
  readonly seen: Map<unknown, number>
  readonly seenLists: Map<string, number>
  size: number
  /** Cleared for a column whose values are nearly all different (ids, names, points). */
  dedupe: boolean
  /** This batch's part. */
  added: unknown[]
  index: Uint32Array
}

/** A list of text, spelt so that no two different lists spell the same. */
function listKey(value: readonly unknown[]): string | null {
  let key = ''
  for (const item of value) {
    if (typeof item !== 'string') return null
    key += `${String(item.length)}:${item}`
  }
  return key
}

function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function')
}

/** Records looked at before a column whose values hardly repeat stops looking for repeats. */
const TRIAL = 1000

/** Places `value` in `column`, adding it to the batch unless the column has sent it already. */
function placeOf(column: PackColumn, value: unknown): number {
  if (!column.dedupe) {
    column.added.push(value)
    return column.size++
  }
  // -0 is kept apart from 0 (a Map holds them as one key).
  if (Object.is(value, -0)) {
    column.added.push(value)
    return column.size++
  }
  const list = !isPrimitive(value) && Array.isArray(value) ? listKey(value as unknown[]) : null
  let place = list === null ? column.seen.get(value) : column.seenLists.get(list)
  if (place === undefined) {
    place = column.size++
    column.added.push(value)
    if (list === null) column.seen.set(value, place)
    else column.seenLists.set(list, place)
  }
  return place
}

/**
 * Packs batches of records for one stream: a value sent in an earlier batch is not sent again,
 * so the unpacker (recordUnpacker) must see every batch, in order.
 */
export function recordPacker(): (records: readonly object[]) => {
  batch: CompactBatch
  transfer: ArrayBuffer[]
} {
  const columns = new Map<string, PackColumn>()
  let packed = 0
  return (records) => {
    const count = records.length
    const inBatch: PackColumn[] = []
    const columnFor = (key: string) => {
      let column = columns.get(key)
      if (column === undefined) {
        column = {
          key,
          seen: new Map(),
          seenLists: new Map(),
          size: 0,
          dedupe: true,
          added: [],
          index: new Uint32Array(0),
        }
        columns.set(key, column)
      }
      if (!inBatch.includes(column)) {
        column.added = []
        column.index = new Uint32Array(count)
        inBatch.push(column)
      }
      return column
    }
    // Records of one dataset nearly always list the same fields in the same order: their
    // columns are looked up once, not once per field of every record.
    let keys: string[] = []
    let shape: PackColumn[] = []
    for (let i = 0; i < count; i++) {
      const record = records[i] as Readonly<Record<string, unknown>>
      const next = Object.keys(record)
      if (next.length !== keys.length || next.some((key, k) => key !== keys[k])) {
        keys = next
        shape = next.map(columnFor)
      }
      for (const column of shape) column.index[i] = placeOf(column, record[column.key]) + 1
      packed += 1
      if (packed === TRIAL) {
        for (const column of columns.values()) {
          if (column.size > TRIAL / 2) {
            column.dedupe = false
            column.seen.clear()
            column.seenLists.clear()
          }
        }
      }
    }
    const batch: CompactBatch = {
      count,
      columns: inBatch.map(({ key, added, index }) => ({ key, added, index })),
    }
    return { batch, transfer: batch.columns.map((column) => column.index.buffer as ArrayBuffer) }
  }
}

/**
 * Rebuilds the records of the batches of one recordPacker, in order. Each record is a copy of a
 * template with its keys (record-template.ts), so that the page's records have a fast layout.
 */
export function recordUnpacker<T>(): (batch: CompactBatch) => T[] {
  const values = new Map<string, unknown[]>()
  const order: string[] = []
  const templates = new Map<string, Readonly<Record<string, null>>>()
  const templateFor = (keys: readonly string[]) => {
    const name = keys.join('\u0000')
    let template = templates.get(name)
    if (template === undefined) {
      template = recordTemplate(keys)
      templates.set(name, template)
    }
    return template
  }
  return (batch) => {
    const columns = batch.columns.map((column) => {
      let known = values.get(column.key)
      if (known === undefined) {
        known = []
        values.set(column.key, known)
        order.push(column.key)
      }
      for (const value of column.added) known.push(value)
      return { key: column.key, known, index: column.index }
    })
    // Fields in the order the stream first met them, so that the records share one shape.
    columns.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key))
    const records: T[] = []
    const full = templateFor(columns.map((column) => column.key))
    for (let i = 0; i < batch.count; i++) {
      // Nearly always every field: a record without some has a template of its own.
      const template = columns.every(({ index }) => (index[i] ?? 0) > 0)
        ? full
        : templateFor(columns.filter(({ index }) => (index[i] ?? 0) > 0).map(({ key }) => key))
      const record: Record<string, unknown> = { ...template }
      for (const { key, known, index } of columns) {
        const place = index[i] ?? 0
        if (place > 0) record[key] = known[place - 1]
      }
      records.push(record as T)
    }
    return records
  }
}
