import Papa from 'papaparse'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Enterprise, Tour } from '../../src/domain/enterprise'
import { english } from '../support/english'
import { CSV_LIST_SEPARATOR, citationText, toCsv, toGeoJson } from '../../src/domain/export'
import { parseDataset } from '../../src/domain/parse-dataset'
import { makeCollection, makeFeature, readBundledDataset } from '../support/dataset-fixtures'

// Parsed in beforeEach, not at import: npm run mutate then knows which tests cover the parser.
let enterprises: readonly Enterprise[] = []
let tour: Tour | null = null
beforeEach(() => {
  const outcome = parseDataset(readBundledDataset())
  if (!outcome.ok) throw new Error(english(outcome.error))
  ;({ enterprises, tour } = outcome.dataset)
})
const citation = { url: 'https://example.org/map/?industry=Automotive', date: '2026-11-26' }

describe('toGeoJson', () => {
  it('round-trips through the loader to the same enterprises and tour', () => {
    const exported = JSON.parse(JSON.stringify(toGeoJson(enterprises, tour, citation))) as unknown
    const reloaded = parseDataset(exported)
    if (!reloaded.ok) throw new Error(english(reloaded.error))
    expect(reloaded.dataset.enterprises).toEqual(enterprises)
    expect(reloaded.dataset.tour).toEqual(tour)
    expect(reloaded.problems).toEqual([])
  })

  it('carries a citation with the view URL and date', () => {
    expect(toGeoJson(enterprises.slice(0, 2), tour, citation).citation).toBe(
      "Tour Map, 2 enterprises from: Vice Governor Li Guoqiang's inspection tour of Jilin City (4–6 March 2024). https://example.org/map/?industry=Automotive (exported 26 November 2026).",
    )
  })
})

describe('toCsv', () => {
  const csvOf = () => toCsv(enterprises, tour, citation)
  const parsedOf = () =>
    Papa.parse<Record<string, string>>(csvOf(), {
      header: true,
      comments: '#',
      skipEmptyLines: true,
    })

  it('starts with the citation line', () => {
    expect(csvOf().split('\r\n')[0]).toBe(`# ${citationText(tour, enterprises.length, citation)}`)
  })

  it('round-trips every enterprise through a CSV reader', () => {
    const parsed = parsedOf()
    expect(parsed.errors).toEqual([])
    expect(parsed.data).toHaveLength(enterprises.length)
    parsed.data.forEach((row, i) => {
      const e = enterprises[i]!
      expect(row).toMatchObject({
        id: e.id,
        name: e.name,
        nameZh: e.nameZh ?? '',
        industry: e.industry,
        precision: e.precision ?? '',
        district: e.district ?? '',
        visitDate: e.visitDate ?? '',
        namedInRelease: String(e.namedInRelease),
      })
      expect(Number(row.latitude)).toBe(e.position.lat)
      expect(Number(row.longitude)).toBe(e.position.lng)
      expect(row.topics?.split(CSV_LIST_SEPARATOR)).toEqual(e.topics)
      expect(row.sources?.split(CSV_LIST_SEPARATOR)).toEqual(e.sources)
    })
  })

  it('keeps text that spreadsheets would run as a formula from running', () => {
    const hostile = parseDataset(
      makeCollection([
        makeFeature({ coordinates: [-73.5, 40.7], properties: { name: '=HYPERLINK("http://x")' } }),
      ]),
    )
    if (!hostile.ok) throw new Error(english(hostile.error))
    const row = Papa.parse<Record<string, string>>(
      toCsv(hostile.dataset.enterprises, null, citation),
      {
        header: true,
        comments: '#',
      },
    ).data[0]
    expect(row?.name).toBe(`'=HYPERLINK("http://x")`)
    expect(row?.longitude).toBe('-73.5')
  })
})
