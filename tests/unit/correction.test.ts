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
import { makeCollection, makeEnterprise, makeFeature } from '../support/dataset-fixtures'

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

describe('the form as it opens', () => {
  it('is about "other", with no reporter or contact lines until the reader gives them', () => {
    const report = buildReport({
      ...input,
      enterprise: null,
      current: '',
      datasetVersion: null,
      draft: { ...EMPTY_DRAFT, correction: 'A fourth enterprise', source: 'https://a.example/b' },
      subjectLabel: 'Something else',
    })
    expect(report.body).toBe(
      [
        'Enterprise: dataset',
        'What is wrong: Something else [other]',
        'Correct fact:',
        'A fourth enterprise',
        'Source: https://a.example/b',
        'Page: https://map.example/?id=acme-steel',
        'Dataset version: not stated',
        '',
      ].join('\n'),
    )
  })
})

describe("what a report quotes and how it trims the reader's words", () => {
  it('treats a source of only spaces as missing, and accepts one with spaces around it', () => {
    expect(draftErrors({ ...input.draft, source: '   ' })).toEqual({ source: 'sourceMissing' })
    expect(draftErrors({ ...input.draft, source: '  https://news.example/acme ' })).toEqual({})
  })

  it('writes the reporter, contact and source without the spaces around them', () => {
    const withDraft = (draft: Partial<ReportInput['draft']>) =>
      buildReport({ ...input, draft: { ...input.draft, ...draft } }).body
    expect(
      withDraft({ source: ' https://news.example/acme  ', reporter: '  Li Wei ', contact: '  ' }),
    ).toContain('\nSource: https://news.example/acme\nReported by: Li Wei\nPage:')
    expect(withDraft({ reporter: '   ', contact: ' me@example.org  ' })).toContain(
      '\nSource: https://news.example/acme\nContact: me@example.org\nPage:',
    )
  })

  it('quotes every field of the subject, one a line, a dash for what the data leaves out', () => {
    const steel = makeEnterprise({
      properties: { sources: ['https://a.example/1', 'https://b.example/2'] },
    })
    expect(currentValue(steel, 'location')).toBe(
      [
        'coordinates: 43.8, 126.5 (lat, lng)',
        'precision: county',
        'district: Panshi City',
        'locationNote: —',
        'locationSources: —',
      ].join('\n'),
    )
    expect(currentValue(steel, 'sources')).toBe(
      'sources: https://a.example/1 | https://b.example/2',
    )
    expect(currentValue(steel, 'evidence')).toBe(
      'namedInRelease: true\nnameInRelease: —\nevidence: —',
    )
    expect(currentValue(steel, 'topics')).toBe(
      'topics: Production safety\nvisitTopics: —\nvisitNotes: —',
    )
  })

  it('quotes nothing for "other" or for a report about the dataset', () => {
    for (const subject of ['other', 'missingEnterprise', 'tour'] as const) {
      expect(currentValue(acme, subject), subject).toBe('')
    }
  })
})

describe('correctionLink with other addresses', () => {
  const report = { title: 'Fix', body: 'Body\n' }

  it('accepts a plain http tracker and an address with spaces around it', () => {
    expect(correctionLink('http://tracker.example/new', report)).toBe(
      'http://tracker.example/new?title=Fix&body=Body%0A',
    )
    expect(correctionLink('  https://tracker.example/new ', report)).toBe(
      'https://tracker.example/new?title=Fix&body=Body%0A',
    )
  })

  it("keeps the mail address's own fields, such as a copy to a second address", () => {
    expect(correctionLink('mailto:data@example.org?cc=desk@example.org', report)).toBe(
      'mailto:data@example.org?cc=desk@example.org&subject=Fix&body=Body%0A',
    )
  })
})
