import { describe, expect, it } from 'vitest'
import { matchesQuery } from '../../src/domain/search'
import { bundledEnterprises, bundledFeatures, makeEnterprise } from '../support/dataset-fixtures'

// What a reader can type to find an enterprise: every searched field of the file, in both
// languages, and for other people's data their own properties too. Expectations come from the
// bundled file's raw properties, not from the search code.

describe('search reaches every searched field of the file', () => {
  it('finds each enterprise by the name the release used for it', () => {
    const enterprises = bundledEnterprises()
    for (const raw of bundledFeatures()) {
      const inRelease = raw.properties.nameInRelease
      if (typeof inRelease !== 'string') continue
      const found = enterprises.filter((e) => matchesQuery(e, inRelease)).map((e) => e.id)
      expect(found, inRelease).toContain(raw.id)
    }
  })

  it('finds each enterprise by every topic reported for its visit', () => {
    const enterprises = bundledEnterprises()
    for (const raw of bundledFeatures()) {
      const topics = raw.properties.visitTopics
      if (!Array.isArray(topics)) continue
      for (const topic of topics as string[]) {
        const found = enterprises.filter((e) => matchesQuery(e, topic)).map((e) => e.id)
        expect(found, topic).toContain(raw.id)
      }
    }
  })

  it('finds each enterprise by its Chinese name and its Chinese district', () => {
    const enterprises = bundledEnterprises()
    for (const raw of bundledFeatures()) {
      for (const key of ['nameZh', 'districtZh']) {
        const value = raw.properties[key]
        if (typeof value !== 'string') continue
        const found = enterprises.filter((e) => matchesQuery(e, value)).map((e) => e.id)
        expect(found, value).toContain(raw.id)
      }
    }
  })
})

describe('what search does not do', () => {
  it('never matches a word made of the end of one field and the start of the next', () => {
    const acme = makeEnterprise({ properties: { name: 'Acme Steel', nameZh: '阿克米钢铁' } })
    expect(matchesQuery(acme, 'steel阿克米')).toBe(false)
    expect(matchesQuery(acme, 'steel 阿克米')).toBe(true)
  })
})

describe('other people’s data', () => {
  it('finds features by their own text, number and true/false properties', () => {
    const airport = makeEnterprise({
      properties: { type: 'military airport', runways: 3, lit: false },
    })
    expect(matchesQuery(airport, 'military')).toBe(true)
    expect(matchesQuery(airport, '3')).toBe(true)
    expect(matchesQuery(airport, 'false')).toBe(true)
    expect(matchesQuery(airport, 'civil')).toBe(false)
  })
})
