import { clip } from './clip'
import type { Enterprise } from './enterprise'
import { toSafeHttpUrl } from './safe-url'

/**
 * A reader's proposed correction, and the plain-text report made from it. Nothing here sends
 * anything: the report is copied, or opened in the maintainers' tracker or mail by the reader.
 */

/** What a reader can say is wrong on an enterprise's card, each covering some of its fields. */
export const ENTERPRISE_SUBJECTS = {
  name: ['name', 'nameZh', 'nameNote'],
  industry: ['industry'],
  products: ['products'],
  location: ['coordinates', 'precision', 'district', 'locationNote', 'locationSources'],
  visitDate: ['visitDate'],
  evidence: ['namedInRelease', 'nameInRelease', 'evidence'],
  topics: ['topics', 'visitTopics', 'visitNotes'],
  sources: ['sources'],
  other: [],
} as const satisfies Record<string, readonly (keyof Enterprise | 'coordinates')[]>

/** What a reader can report from About, where no single enterprise is meant. */
export const DATASET_SUBJECTS = { missingEnterprise: [], tour: [], other: [] } as const

export type CorrectionSubject = keyof typeof ENTERPRISE_SUBJECTS | keyof typeof DATASET_SUBJECTS

/** How this build sends corrections on: the maintainers' address, and the dataset's edition. */
export interface CorrectionsSetup {
  /** VITE_CORRECTIONS_URL: an issue tracker's new-issue page or a mailto: address; null if unset. */
  readonly address: string | null
  readonly datasetVersion: string | null
}

export interface CorrectionDraft {
  readonly subject: CorrectionSubject
  readonly correction: string
  readonly source: string
  readonly reporter: string
  readonly contact: string
}

export const EMPTY_DRAFT: CorrectionDraft = {
  subject: 'other',
  correction: '',
  source: '',
  reporter: '',
  contact: '',
}

export type DraftError = 'correctionMissing' | 'sourceMissing' | 'sourceNotHttp'

/** Why the draft cannot become a report yet, per form field; empty when it can. */
export function draftErrors(draft: CorrectionDraft): {
  readonly correction?: DraftError
  readonly source?: DraftError
} {
  const source = draft.source.trim()
  return {
    ...(draft.correction.trim() === '' ? { correction: 'correctionMissing' as const } : {}),
    ...(source === ''
      ? { source: 'sourceMissing' as const }
      : toSafeHttpUrl(source) === null
        ? { source: 'sourceNotHttp' as const }
        : {}),
  }
}

/** Longest current value quoted in a report; the rest is in the dataset the report points to. */
const MAX_VALUE = 600

function show(value: unknown): string {
  if (value === null || value === undefined) return '—'
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(show).join(' | ')
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** The enterprise's current value of what the reader says is wrong, one `field: value` a line. */
export function currentValue(e: Enterprise, subject: CorrectionSubject): string {
  const fields: readonly string[] =
    subject in ENTERPRISE_SUBJECTS
      ? ENTERPRISE_SUBJECTS[subject as keyof typeof ENTERPRISE_SUBJECTS]
      : []
  return fields
    .map((field) => {
      const value =
        field === 'coordinates'
          ? `${String(e.position.lat)}, ${String(e.position.lng)} (lat, lng)`
          : (e as unknown as Readonly<Record<string, unknown>>)[field]
      return `${field}: ${clip(show(value), MAX_VALUE).text}`
    })
    .join('\n')
}

/** The report's words in the reader's language; field names and values stay as in the data. */
export interface ReportLabels {
  readonly title: string
  readonly enterprise: string
  readonly noEnterprise: string
  readonly subject: string
  readonly current: string
  readonly correction: string
  readonly source: string
  readonly reporter: string
  readonly contact: string
  readonly page: string
  readonly version: string
  readonly versionUnknown: string
}

export interface ReportInput {
  readonly enterprise: Pick<Enterprise, 'id' | 'name'> | null
  readonly draft: CorrectionDraft
  /** The subject as the reader saw it in the form. */
  readonly subjectLabel: string
  readonly current: string
  readonly pageUrl: string
  readonly datasetVersion: string | null
  readonly labels: ReportLabels
}

export interface Report {
  readonly title: string
  readonly body: string
}

export function buildReport(input: ReportInput): Report {
  const { enterprise, draft, labels } = input
  const about = enterprise === null ? labels.noEnterprise : `${enterprise.id} (${enterprise.name})`
  const lines = [
    `${labels.enterprise}: ${about}`,
    `${labels.subject}: ${input.subjectLabel} [${draft.subject}]`,
    ...(input.current === '' ? [] : [`${labels.current}:`, input.current]),
    `${labels.correction}:`,
    draft.correction.trim(),
    `${labels.source}: ${draft.source.trim()}`,
    ...(draft.reporter.trim() === '' ? [] : [`${labels.reporter}: ${draft.reporter.trim()}`]),
    ...(draft.contact.trim() === '' ? [] : [`${labels.contact}: ${draft.contact.trim()}`]),
    `${labels.page}: ${input.pageUrl}`,
    `${labels.version}: ${input.datasetVersion ?? labels.versionUnknown}`,
  ]
  const title = `${labels.title}: ${enterprise?.id ?? labels.noEnterprise} · ${input.subjectLabel}`
  return { title, body: `${lines.join('\n')}\n` }
}

/** Browsers and trackers refuse very long addresses; the copied report is never shortened. */
const MAX_LINK_BODY = 6000

/**
 * The maintainers' corrections address, pre-filled with the report: an issue tracker's
 * new-issue page gets ?title=&body=, a mailto: address subject and body. Null for anything
 * else, so a mistyped setting shows no button rather than a broken one.
 */
export function correctionLink(address: string | null | undefined, report: Report): string | null {
  if (address == null || address.trim() === '') return null
  let url: URL
  try {
    url = new URL(address.trim())
  } catch {
    return null
  }
  const body = clip(report.body, MAX_LINK_BODY).text
  if (url.protocol === 'mailto:') {
    // URLSearchParams writes spaces as "+", which mail programs show literally.
    const query = `subject=${encodeURIComponent(report.title)}&body=${encodeURIComponent(body)}`
    return `mailto:${url.pathname}?${url.search === '' ? '' : `${url.search.slice(1)}&`}${query}`
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  url.searchParams.set('title', report.title)
  url.searchParams.set('body', body)
  return url.href
}
