import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { english } from '../support/english'
import type { Enterprise } from '../../src/domain/enterprise'
import { ENTERPRISE_FIELDS } from '../../src/domain/enterprise-fields'
import { toGeoJson } from '../../src/domain/export'
import { parseDataset, parseDatasetText } from '../../src/domain/parse-dataset'
import { matchesQuery } from '../../src/domain/search'
import { formatProblem } from '../../src/i18n/format-problem'
import { problemMessagesEn } from '../../src/i18n/problem-messages'
import { problemMessagesZh } from '../../src/i18n/problem-messages-zh'
import { formatReport } from '../../src/i18n/validation-report'

/** A FeatureCollection of points in the shape other people's tools write them. */
function points(...properties: unknown[]) {
  return {
    type: 'FeatureCollection',
    features: properties.map((p, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [126.5 + i / 100, 43.8] },
      properties: p,
    })),
  }
}

function shown(json: unknown): readonly Enterprise[] {
  const outcome = parseDataset(json)
  if (!outcome.ok) throw new Error(english(outcome.error))
  expect(outcome.problems).toEqual([])
  return outcome.dataset.enterprises
}

describe('labels of data without a "name" property', () => {
  it.each([
    ['geojson.io / uMap', { title: 'Harbour café' }, 'Harbour café', 'title'],
    [
      'Natural Earth',
      { NAME: 'Ulaanbaatar', featurecla: 'Admin-0 capital' },
      'Ulaanbaatar',
      'NAME',
    ],
    [
      'OpenStreetMap',
      { 'name:en': 'Tokyo Tower', amenity: 'attraction' },
      'Tokyo Tower',
      'name:en',
    ],
    ['Indonesian open data', { nama: 'Pasar Baru' }, 'Pasar Baru', 'nama'],
    ['Russian open data', { имя: 'Эрмитаж' }, 'Эрмитаж', 'имя'],
    ['a Chinese POI crawl', { 名称: '北山公园', 类别: '公园' }, '北山公园', '名称'],
    ['a municipal tree register', { CommonName: 'Silver maple' }, 'Silver maple', 'CommonName'],
    ['a shapefile export', { STATION_NAME: 'Jilin North' }, 'Jilin North', 'STATION_NAME'],
  ])('%s: the label comes from the name-like property', (_source, properties, label, key) => {
    const [feature] = shown(points(properties))
    expect(feature?.name).toBe(label)
    expect(feature?.labelFrom).toBe(key)
  })

  it('prefers name over title, and title over any key ending in "name"', () => {
    const [a, b] = shown(points({ title: 'T', name: 'N' }, { STREET_NAME: 'S', title: 'T' }))
    expect(a?.name).toBe('N')
    expect(b?.name).toBe('T')
  })

  it('reads a Chinese name from name:zh for Chinese readers', () => {
    const [feature] = shown(points({ name: 'Beishan Park', 'name:zh': '北山公园' }))
    expect(feature?.nameZh).toBe('北山公园')
  })

  it('shows a feature with no label at all as "Unnamed (feature N)", never drops it', () => {
    const list = shown(points({ name: 'First' }, {}, null, { height: 12 }))
    expect(list.map((e) => e.name)).toEqual([
      'First',
      'Unnamed (feature 2)',
      'Unnamed (feature 3)',
      'Unnamed (feature 4)',
    ])
    expect(list[1]?.nameZh).toBe('未命名（第 2 个要素）')
    expect(list[1]?.labelFrom).toBeNull()
  })
})

describe("the feature's own properties", () => {
  const airports = points(
    { name: 'Longjia', type: 'military', elevation: 190, lit: true },
    { name: 'Ertaizi', type: 'civil' },
  )

  it('are searchable, whatever their key', () => {
    const list = shown(airports)
    expect(list.filter((e) => matchesQuery(e, 'military')).map((e) => e.name)).toEqual(['Longjia'])
  })

  it("are only the feature's own: a property another script added to every object is not one", () => {
    Object.defineProperty(Object.prototype, 'injected', {
      value: 'from elsewhere',
      writable: true,
      enumerable: true,
      configurable: true,
    })
    try {
      const [longjia] = shown(airports)
      expect(longjia?.ownProperties).toEqual({ type: 'military', elevation: 190, lit: true })
      expect(Object.keys(longjia?.ownProperties ?? {})).not.toContain('injected')
    } finally {
      Reflect.deleteProperty(Object.prototype, 'injected')
    }
  })

  it('are kept with their types when exported, and an inferred label is not written as name', () => {
    const list = shown(points({ title: 'Harbour café', magnitude: 4.5, open: false }))
    const exported = toGeoJson(list, null, { url: 'x', date: '2026-12-07' })
    expect(exported.features[0]?.properties).toMatchObject({
      title: 'Harbour café',
      magnitude: 4.5,
      open: false,
    })
    expect(exported.features[0]?.properties).not.toHaveProperty('name')
  })

  it('keeps text, numbers and booleans, reads negative zero as 0 (as an export writes it)', () => {
    const [point] = shown(
      points({ name: 'Gauge', depth: -0, level: -1.5, open: true, note: ' ', tags: ['a'] }),
    )
    expect(point?.ownProperties).toEqual({ depth: 0, level: -1.5, open: true })
    expect(Object.is(point?.ownProperties?.depth, -0)).toBe(false)
  })
})

describe('reading the file', () => {
  it('reads a file that starts with a UTF-8 byte-order mark, as the CLI gets it from disk', () => {
    const outcome = parseDatasetText(`\uFEFF${JSON.stringify(points({ name: 'A' }))}`)
    expect(outcome.ok).toBe(true)
  })
})

describe('any FeatureCollection of valid points is shown in full', () => {
  const known = new Set(Object.keys(ENTERPRISE_FIELDS))
  const key = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !known.has(k))
  const value = fc.oneof(
    fc.string(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
  )
  const feature = fc.record({
    type: fc.constant('Feature'),
    geometry: fc.record({
      type: fc.constant('Point'),
      coordinates: fc.tuple(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -90, max: 90, noNaN: true }),
      ),
    }),
    properties: fc.oneof(fc.constant(null), fc.dictionary(key, value, { maxKeys: 6 })),
  })

  it('every feature appears, none is refused', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(feature, { minLength: 1, maxLength: 30 }), (features) => {
        const outcome = parseDataset({ type: 'FeatureCollection', features })
        expect(outcome.ok && outcome.dataset.enterprises.length).toBe(features.length)
      }),
      { numRuns: 300 },
    )
  })
})

describe('one report, grouped by kind', () => {
  const swapped = (i: number) => ({
    type: 'Feature',
    id: `s${String(i)}`,
    geometry: { type: 'Point', coordinates: [43.8, 126.5] },
    properties: { name: `S${String(i)}` },
  })
  const file = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [126.5, 43.8] },
        properties: { title: 'Ok' },
      },
      ...[1, 2, 3, 4, 5].map(swapped),
    ],
  }

  it('prints one line for five features with the same defect, with examples', () => {
    const report = formatReport('f.geojson', parseDataset(file))
    const lines = report.split('\n').filter((line) => line.includes('✗'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('5 features (for example 2, 3, 4)')
    expect(lines[0]).toContain('look swapped')
  })

  it('says where labels came from, in both languages', () => {
    const outcome = parseDataset(points({ title: 'A' }, { title: 'B' }, {}))
    if (!outcome.ok) throw new Error('expected success')
    const en = outcome.warnings.map((w) => formatProblem(w, problemMessagesEn))
    const zh = outcome.warnings.map((w) => formatProblem(w, problemMessagesZh))
    expect(en).toEqual([
      'Labelled from "title" for want of a "name": 2 features.',
      'Shown as “Unnamed (feature N)” for want of any name-like property: 1 feature.',
    ])
    expect(zh[0]).toContain('"title"')
    expect(zh[1]).toContain('未命名')
  })
})
