import Papa from 'papaparse'
import type { Enterprise, Tour } from './enterprise'
import { formatDate, formatDateSpan } from './format-date'

export interface Citation {
  /** The page address with the current filters, so the export can be traced to a view. */
  readonly url: string
  /** ISO date of the export. */
  readonly date: string
}

export function citationText(tour: Tour | null, count: number, citation: Citation): string {
  const subject =
    tour === null
      ? 'enterprises'
      : `${tour.title} (${formatDateSpan(tour.startDate, tour.endDate, 'en')})`
  return `Tour Map, ${String(count)} ${count === 1 ? 'enterprise' : 'enterprises'} from: ${subject}. ${citation.url} (exported ${formatDate(citation.date, 'en')}).`
}

/** A FeatureCollection in the dataset's own schema, so it can be opened in Tour Map again. */
export function toGeoJson(
  enterprises: readonly Enterprise[],
  tour: Tour | null,
  citation: Citation,
) {
  return {
    type: 'FeatureCollection' as const,
    citation: citationText(tour, enterprises.length, citation),
    ...(tour === null ? {} : { tour }),
    features: enterprises.map((e) => ({
      type: 'Feature' as const,
      id: e.id,
      geometry: { type: 'Point' as const, coordinates: [e.position.lng, e.position.lat] },
      properties: {
        name: e.name,
        nameZh: e.nameZh,
        nameInRelease: e.nameInRelease,
        nameNote: e.nameNote,
        industry: e.industry,
        products: e.products,
        topics: e.topics,
        visitTopics: e.visitTopics,
        visitNotes: e.visitNotes,
        visitSource: e.visitSource,
        visitDate: e.visitDate,
        precision: e.precision,
        district: e.district,
        districtZh: e.districtZh,
        locationNote: e.locationNote,
        namedInRelease: e.namedInRelease,
        evidence: e.evidence,
        sources: e.sources,
      },
    })),
  }
}

/** List cells are joined with this; it does not occur in the data, and CSV readers keep it intact. */
export const CSV_LIST_SEPARATOR = ' | '

export const CSV_COLUMNS = [
  'id',
  'name',
  'nameZh',
  'industry',
  'precision',
  'district',
  'latitude',
  'longitude',
  'visitDate',
  'namedInRelease',
  'topics',
  'visitTopics',
  'sources',
] as const

const NUMERIC_COLUMNS = new Set([CSV_COLUMNS.indexOf('latitude'), CSV_COLUMNS.indexOf('longitude')])

/** CSV for spreadsheets; the citation is the first line, marked "#" as most readers allow. */
export function toCsv(
  enterprises: readonly Enterprise[],
  tour: Tour | null,
  citation: Citation,
): string {
  const rows = enterprises.map((e) => [
    e.id,
    e.name,
    e.nameZh ?? '',
    e.industry,
    e.precision ?? '',
    e.district ?? '',
    String(e.position.lat),
    String(e.position.lng),
    e.visitDate ?? '',
    e.namedInRelease === null ? '' : String(e.namedInRelease),
    e.topics.join(CSV_LIST_SEPARATOR),
    e.visitTopics.join(CSV_LIST_SEPARATOR),
    e.sources.join(CSV_LIST_SEPARATOR),
  ])
  // Cells starting with = + - @ would run as formulas in spreadsheets; a leading quote disarms them.
  const safeRows = rows.map((row) =>
    row.map((cell, column) =>
      NUMERIC_COLUMNS.has(column) || !/^[=+\-@\t\r]/.test(cell) ? cell : `'${cell}`,
    ),
  )
  const body = Papa.unparse({ fields: [...CSV_COLUMNS], data: safeRows }, { newline: '\r\n' })
  return `# ${citationText(tour, enterprises.length, citation)}\r\n${body}\r\n`
}
