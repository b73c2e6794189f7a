import { problem, type Problem } from './problem'
import type { Enterprise } from './enterprise'
import { isPlainObject } from './describe-value'

/**
 * Where a feature's label is looked for when it has no `name`, best first. Real files name
 * their labels many ways: OpenStreetMap (`name:en`), Natural Earth and shapefiles (`NAME`),
 * geojson.io and uMap (`title`, `label`), crawls and national portals (`名称`, `nama`, `имя`…).
 * After these, any other property whose key ends in "name" (`STATION_NAME`, `CommonName`).
 */
export const LABEL_KEYS = [
  'name',
  'name:en',
  'NAME',
  'Name',
  'title',
  'Title',
  'TITLE',
  'label',
  'Label',
  'LABEL',
  'name_en',
  'NAME_EN',
  '名称',
  '名字',
  '名前',
  'nama',
  'имя',
  'название',
  'nom',
  'nombre',
  'nome',
  'naam',
  'isim',
] as const

/** Chinese labels, used as the Chinese name when the data gives none under `nameZh`. */
export const CHINESE_LABEL_KEYS = [
  'name:zh',
  'name:zh-Hans',
  'name:zh-CN',
  'name_zh',
  '名称',
  '名字',
] as const

const LOWER_LABEL_KEYS = new Set<string>(LABEL_KEYS.map((key) => key.toLowerCase()))

const HAN = /\p{Script=Han}/u

function textAt(properties: Readonly<Record<string, unknown>>, key: string): string | null {
  const value = properties[key]
  if (typeof value === 'string' && value.trim() !== '') return value.trim()
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return null
}

/** The property that best labels a feature, and its text; null when none does. */
export function findLabel(
  properties: Readonly<Record<string, unknown>>,
): { readonly key: string; readonly text: string } | null {
  for (const key of LABEL_KEYS) {
    const text = textAt(properties, key)
    if (text !== null) return { key, text }
  }
  // `Naam`, `NOMBRE`, `Title`: the same words written in another case.
  for (const key of Object.keys(properties)) {
    if (!LOWER_LABEL_KEYS.has(key.toLowerCase())) continue
    const text = textAt(properties, key)
    if (text !== null) return { key, text }
  }
  for (const key of Object.keys(properties)) {
    if (!/name$/i.test(key)) continue
    const text = textAt(properties, key)
    if (text !== null) return { key, text }
  }
  return null
}

/** A Chinese label from OpenStreetMap-style keys, or a Chinese-script name. */
export function findChineseLabel(properties: Readonly<Record<string, unknown>>): string | null {
  for (const key of CHINESE_LABEL_KEYS) {
    const text = textAt(properties, key)
    if (text !== null && HAN.test(text)) return text
  }
  return null
}

export type OwnValue = string | number | boolean

/**
 * What features without properties of their own share: one object, not 50 000 empty ones to
 * make, send to the page and look into.
 */
export const NO_OWN_PROPERTIES: Readonly<Record<string, OwnValue>> = Object.freeze({})

/**
 * The text, number and boolean properties a feature has beyond the known fields (`known`), for
 * search, for cards of other people's data and for exports. Nested objects and lists are left out.
 */
export function ownProperties(
  properties: unknown,
  known: Readonly<Record<string, unknown>>,
): Readonly<Record<string, OwnValue>> {
  if (!isPlainObject(properties)) return NO_OWN_PROPERTIES
  let result: Record<string, OwnValue> | null = null
  // for…in, not Object.entries: no list of pairs per feature, 50 000 times over.
  for (const key in properties) {
    if (!Object.hasOwn(properties, key) || Object.hasOwn(known, key)) continue
    const value = properties[key]
    if (typeof value === 'string' && value.trim() !== '') (result ??= {})[key] = value
    // -0 as 0: a card would print "-0", and an export writes 0 (JSON has no negative zero).
    else if (typeof value === 'number' && Number.isFinite(value))
      (result ??= {})[key] = value === 0 ? 0 : value
    else if (typeof value === 'boolean') (result ??= {})[key] = value
  }
  return result ?? NO_OWN_PROPERTIES
}

/**
 * The properties with a `name` to show: the data's own, else the best name-like property
 * (src/domain/feature-label.ts), else a placeholder that says which feature it is, so that
 * no feature with a location is ever dropped for want of a name.
 */
export function labelProperties(
  raw: unknown,
  index: number,
): { properties: unknown; labelFrom: string | null } | null {
  if (raw !== undefined && raw !== null && !isPlainObject(raw)) {
    return { properties: raw, labelFrom: 'name' }
  }
  const properties: Record<string, unknown> = isPlainObject(raw) ? { ...raw } : {}
  const hasName =
    properties.name !== undefined && properties.name !== null && properties.name !== ''
  const label = hasName ? null : findLabel(properties)
  const number = String(index + 1)
  if (!hasName) properties.name = label?.text ?? `Unnamed (feature ${number})`
  if (properties.nameZh === undefined || properties.nameZh === null) {
    const unnamed = !hasName && label === null
    properties.nameZh =
      findChineseLabel(properties) ?? (unnamed ? `未命名（第 ${number} 个要素）` : null)
  }
  if (hasName) return { properties, labelFrom: 'name' }
  return { properties, labelFrom: label?.key ?? null }
}

/**
 * Counts where labels came from when not from `name` (null: nowhere, the feature is unnamed),
 * one enterprise at a time; labelNotes says it.
 */
export function countLabelSource(counts: Map<string | null, number>, enterprise: Enterprise): void {
  const from = enterprise.labelFrom
  if (from === 'name' || from === undefined) return
  counts.set(from, (counts.get(from) ?? 0) + 1)
}

/** Says where labels came from when not from `name`, so a reader knows what the pins show. */
export function labelNotes(counts: ReadonlyMap<string | null, number>): Problem[] {
  return [...counts].map(([key, count]) =>
    key === null ? problem('unnamedFeatures', { count }) : problem('labelFrom', { count, key }),
  )
}
