import Papa from 'papaparse'
import type { Enterprise, Tour } from './enterprise'
import { ENTERPRISE_FIELDS, type EnterpriseField } from './enterprise-fields'
import { fieldNames } from './field-table'
import { formatDate, formatDateSpan } from './format-date'

export interface Citation {
  /** The page address with the current filters, so the export can be traced to a view. */
  readonly url: string
  /** ISO date of the export. */
  readonly date: string
}

export function citationText(tour: Tour | null, count: number, citation: Citation): string {
  const exported = `${citation.url} (exported ${formatDate(citation.date, 'en')}).`
  // A file of one's own holds features; it is not the tour's list of enterprises.
  if (tour === null)
    return `Tour Map, ${String(count)} ${count === 1 ? 'feature' : 'features'}. ${exported}`
  const subject = `${tour.title} (${formatDateSpan(tour.startDate, tour.endDate, 'en')})`
  return `Tour Map, ${String(count)} ${count === 1 ? 'enterprise' : 'enterprises'} from: ${subject}. ${exported}`
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
      // Lines and areas are written back whole; the CSV has only their representative point.
      geometry: e.shape ?? {
        type: 'Point' as const,
        coordinates: [e.position.lng, e.position.lat],
      },
      properties: exportedProperties(e),
    })),
  }
}

/**
 * The feature's own extra properties, then the known fields. A label read from another
 * property (`title`, `NAME`…) is not written again as `name`, and the "Unnamed (feature N)"
 * placeholder not at all, so the file says what its source said.
 */
function exportedProperties(e: Enterprise): Record<string, unknown> {
  const properties: Record<string, unknown> = { ...e.ownProperties }
  for (const name of fieldNames(ENTERPRISE_FIELDS)) {
    const labelled = e.labelFrom !== undefined && e.labelFrom !== 'name'
    if (name === 'name' && labelled) continue
    if (name === 'nameZh' && e.labelFrom === null) continue
    properties[name] = e[name]
  }
  return properties
}

/** List cells are joined with this; it does not occur in the data, and CSV readers keep it intact. */
export const CSV_LIST_SEPARATOR = ' | '

interface CsvColumn {
  readonly name: string
  readonly cell: (e: Enterprise) => string
  /** Numbers are written as they are; text is guarded against running as a formula. */
  readonly numeric?: true
}

const fieldColumn = (name: EnterpriseField): CsvColumn => ({
  name,
  cell: (e) => {
    const value = e[name]
    if (value === null) return ''
    return typeof value === 'object' ? value.join(CSV_LIST_SEPARATOR) : String(value)
  },
})

const coordinateColumns: readonly CsvColumn[] = [
  { name: 'latitude', cell: (e) => String(e.position.lat), numeric: true },
  { name: 'longitude', cell: (e) => String(e.position.lng), numeric: true },
]

/** The id, then the fields marked `csv` in the table; the coordinates follow the district. */
const CSV_SPEC: readonly CsvColumn[] = [
  { name: 'id', cell: (e) => e.id },
  ...fieldNames(ENTERPRISE_FIELDS)
    .filter((name) => 'csv' in ENTERPRISE_FIELDS[name])
    .flatMap((name) =>
      name === 'district' ? [fieldColumn(name), ...coordinateColumns] : [fieldColumn(name)],
    ),
]

const CSV_COLUMNS = CSV_SPEC.map((column) => column.name)

/** CSV for spreadsheets; the citation is the first line, marked "#" as most readers allow. */
export function toCsv(
  enterprises: readonly Enterprise[],
  tour: Tour | null,
  citation: Citation,
): string {
  // Cells starting with = + - @ would run as formulas in spreadsheets; a leading quote disarms them.
  const rows = enterprises.map((e) =>
    CSV_SPEC.map((column) => {
      const cell = column.cell(e)
      return column.numeric === true || !/^[=+\-@\t\r]/.test(cell) ? cell : `'${cell}`
    }),
  )
  const body = Papa.unparse({ fields: CSV_COLUMNS, data: rows }, { newline: '\r\n' })
  return `# ${citationText(tour, enterprises.length, citation)}\r\n${body}\r\n`
}
