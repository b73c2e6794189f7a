import { describe, expect, it } from 'vitest'
import {
  buildReport,
  correctionLink,
  currentValue,
  draftErrors,
  EMPTY_DRAFT,
  type ReportInput,
} from '../../src/domain/correction'
import { parseDataset } from '../../src/domain/parse-dataset'
import { makeCollection, makeFeature } from '../support/dataset-fixtures'

const parsed = parseDataset(
  makeCollection([
    makeFeature({ properties: { products: 'Steel billets', sources: ['https://a.example/1'] } }),
  ]),
)
if (!parsed.ok) throw new Error('fixture does not load')
const [acme] = parsed.dataset.enterprises
if (acme === undefined) throw new Error('fixture has no enterprise')

const labels = {
  title: 'Correction',
  enterprise: 'Enterprise',
  noEnterprise: 'dataset',
  subject: 'What is wrong',
  current: 'Current value',
  correction: 'Correct fact',
  source: 'Source',
  reporter: 'Reported by',
  contact: 'Contact',
  page: 'Page',
  version: 'Dataset version',
  versionUnknown: 'not stated',
}

const input: ReportInput = {
  enterprise: acme,
  draft: {
    subject: 'products',
    correction: '  Steel wire rod  ',
    source: 'https://news.example/acme',
    reporter: '',
    contact: 'me@example.org',
  },
  subjectLabel: 'Products',
  current: currentValue(acme, 'products'),
  pageUrl: 'https://map.example/?id=acme-steel',
  datasetVersion: '2026-12-07',
  labels,
}

describe('draftErrors', () => {
  it('asks for the fact and a source, and accepts only http(s) sources', () => {
    expect(draftErrors(EMPTY_DRAFT)).toEqual({
      correction: 'correctionMissing',
      source: 'sourceMissing',
    })
    for (const source of ['javascript:alert(1)', 'ftp://x.example/a', 'news.example/acme']) {
      expect(draftErrors({ ...input.draft, source }), source).toEqual({ source: 'sourceNotHttp' })
    }
    expect(draftErrors({ ...input.draft, correction: '   ' })).toEqual({
      correction: 'correctionMissing',
    })
    expect(draftErrors(input.draft)).toEqual({})
  })
})

describe('buildReport', () => {
  it('names the enterprise, the field, its current value, the page and the dataset version', () => {
    expect(buildReport(input)).toEqual({
      title: 'Correction: acme-steel · Products',
      body: [
        'Enterprise: acme-steel (Acme Steel)',
        'What is wrong: Products [products]',
        'Current value:',
        'products: Steel billets',
        'Correct fact:',
        'Steel wire rod',
        'Source: https://news.example/acme',
        'Contact: me@example.org',
        'Page: https://map.example/?id=acme-steel',
        'Dataset version: 2026-12-07',
        '',
      ].join('\n'),
    })
  })

  it('speaks of the dataset when no enterprise is meant, and says when the version is unknown', () => {
    const report = buildReport({
      ...input,
      enterprise: null,
      current: '',
      datasetVersion: null,
      draft: { ...input.draft, subject: 'missingEnterprise' },
      subjectLabel: 'An enterprise is missing',
    })
    expect(report.title).toBe('Correction: dataset · An enterprise is missing')
    expect(report.body).toContain('Enterprise: dataset\n')
    expect(report.body).not.toContain('Current value')
    expect(report.body).toContain('Dataset version: not stated')
  })

  it('quotes the coordinates for a location report', () => {
    expect(currentValue(acme, 'location')).toContain('coordinates: 43.8, 126.5 (lat, lng)')
  })
})

describe('correctionLink', () => {
  const report = { title: 'Correction: a & b', body: 'Line 1\nLine 2 + more\n' }

  it('pre-fills an issue tracker’s new-issue page with title and body', () => {
    const link = new URL(
      correctionLink('https://github.com/example/tour-map/issues/new', report) ?? '',
    )
    expect(link.origin + link.pathname).toBe('https://github.com/example/tour-map/issues/new')
    expect(link.searchParams.get('title')).toBe('Correction: a & b')
    expect(link.searchParams.get('body')).toBe('Line 1\nLine 2 + more\n')
  })

  it('keeps the tracker’s own parameters, such as a label', () => {
    const link = correctionLink('https://git.example/issues/new?labels=data', report) ?? ''
    expect(new URL(link).searchParams.get('labels')).toBe('data')
  })

  it('pre-fills a mailto: address with subject and body, spaces not written as +', () => {
    expect(correctionLink('mailto:data@example.org', report)).toBe(
      'mailto:data@example.org?subject=Correction%3A%20a%20%26%20b&body=Line%201%0ALine%202%20%2B%20more%0A',
    )
  })

  it('offers no link without a usable address', () => {
    for (const address of [null, undefined, '', '  ', 'not a url', 'javascript:alert(1)']) {
      expect(correctionLink(address, report), String(address)).toBeNull()
    }
  })
})
