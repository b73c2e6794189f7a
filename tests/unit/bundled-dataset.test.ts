import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { english } from '../support/english'
import { findDistrict } from '../../src/domain/district-highlight'
import { parseDistricts } from '../../src/domain/districts'
import { districtContains } from '../support/district-contains'
import { parseDataset } from '../../src/domain/parse-dataset'
import { toSafeHttpUrl } from '../../src/domain/safe-url'
import { readBundledDataset, repoRoot } from '../support/dataset-fixtures'

// The bundled dataset is held to the full contract of the core issue, stricter than what
// the loader accepts from other people's files.
const raw = readBundledDataset() as { features: { properties: Record<string, unknown> }[] }
const outcome = parseDataset(raw)
if (!outcome.ok) throw new Error(english(outcome.error))
const { enterprises, tour } = outcome.dataset
const outlines = parseDistricts(
  JSON.parse(readFileSync(resolve(repoRoot, 'public/data/jilin-districts.geojson'), 'utf8')),
)

const RELEASE_TOPICS = [
  'Production and operations',
  'Project construction',
  'R&D and innovation',
  'Industrial supporting facilities',
  'Production safety',
]

describe('the bundled dataset', () => {
  it('loads every identified enterprise, and no more than the tour visited', () => {
    expect(enterprises).toHaveLength(raw.features.length)
    expect(enterprises.filter((e) => e.namedInRelease === true)).toHaveLength(
      raw.features.filter((f) => f.properties.namedInRelease === true).length,
    )
    expect(tour?.enterprisesVisited).toBe(20)
    expect(enterprises.length).toBeLessThanOrEqual(20)
  })

  it.each(raw.features.map((f) => [f.properties.name, f.properties] as const))(
    '%s states every core field explicitly',
    (_name, properties) => {
      for (const field of [
        'nameZh',
        'industry',
        'topics',
        'precision',
        'district',
        'visitDate',
        'namedInRelease',
        'sources',
      ]) {
        expect(properties, field).toHaveProperty(field)
      }
    },
  )

  it.each(enterprises.map((e) => [e.name, e] as const))(
    '%s is sourced and dated honestly',
    (_name, e) => {
      expect(e.topics).toEqual(RELEASE_TOPICS)
      expect(e.sources.length).toBeGreaterThan(0)
      for (const url of [...e.sources, ...e.locationSources]) {
        expect(toSafeHttpUrl(url), url).not.toBeNull()
      }
      if (e.namedInRelease === true) expect(e.sources).toContain(tour?.releaseUrl)
      if (e.visitTopics.length > 0) expect(e.visitSource).not.toBeNull()
      if (e.visitDate !== null) {
        expect(e.visitDate >= (tour?.startDate ?? '')).toBe(true)
        expect(e.visitDate <= (tour?.endDate ?? '')).toBe(true)
      }
      expect(e.precision === 'city').toBe(e.district === null)
    },
  )
})

describe('the round-3 research in the bundled dataset', () => {
  const byId = (id: string) => enterprises.find((e) => e.id === id)

  it('states Jilin Haiwang as sourced, no longer a probable identification', () => {
    const haiwang = byId('jilin-haiwang')
    expect(haiwang?.nameNote).not.toMatch(/probable|not verified/i)
    expect(haiwang?.sources).toContain('https://shijieshipin.com/news/show-77743.html')
  })

  it('keeps the source of the Panshi and Shulan points beside them', () => {
    expect(byId('panshi-jianlong-steel')?.locationSources).toEqual([
      'https://perceptiocs.com/Паньши',
    ])
    expect(byId('panshi-jianlong-steel')?.position).toEqual({ lat: 42.9392, lng: 126.0561 })
    expect(byId('jilin-tianchi-molybdenum')?.locationSources).toContain(
      'https://wikimili.com/en/Shulan',
    )
    expect(byId('jilin-tianchi-molybdenum')?.position).toEqual({ lat: 44.4059, lng: 126.9655 })
  })

  it('was checked on 2026-12-07 and names the other visits without adding them', () => {
    expect(tour?.lastChecked).toBe('2026-12-07')
    expect(tour?.otherVisitsSources).toHaveLength(2)
    expect(enterprises.map((e) => e.name).join(' ')).not.toMatch(/Carbon|Chemical Fib/)
  })
})

describe('the bundled dataset on the district outlines', () => {
  it('has outlines for the nine county-level divisions of Jilin City', () => {
    expect(outlines.districts.map((d) => d.name).sort()).toEqual([
      'Changyi District',
      'Chuanying District',
      'Fengman District',
      'Huadian City',
      'Jiaohe City',
      'Longtan District',
      'Panshi City',
      'Shulan City',
      'Yongji County',
    ])
  })

  const insideCity = (lng: number, lat: number) =>
    outlines.districts.some((d) => districtContains(d, lng, lat))

  it.each(enterprises.map((e) => [e.name, e] as const))('%s lies inside Jilin City', (_name, e) => {
    expect(insideCity(e.position.lng, e.position.lat)).toBe(true)
  })

  it.each(enterprises.map((e) => [e.name, e] as const))(
    '%s would fall outside if longitude and latitude were swapped',
    (_name, e) => {
      expect(insideCity(e.position.lat, e.position.lng)).toBe(false)
    },
  )

  const countyLevel = enterprises.filter(
    (e) =>
      e.precision === 'county' &&
      e.district !== null &&
      findDistrict(e.district, outlines.districts),
  )

  it('checks at least the four enterprises placed at a county seat', () => {
    expect(countyLevel.map((e) => e.district).sort()).toEqual([
      'Jiaohe City',
      'Panshi City',
      'Shulan City',
      'Yongji County',
    ])
  })

  it.each(countyLevel.map((e) => [e.name, e] as const))(
    '%s lies inside the county it names',
    (_name, e) => {
      const county = findDistrict(e.district ?? '', outlines.districts)
      expect(county && districtContains(county, e.position.lng, e.position.lat)).toBe(true)
    },
  )
})
