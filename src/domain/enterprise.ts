import type { DatasetMeta } from './dataset-meta'
import type { ENTERPRISE_FIELDS } from './enterprise-fields'
import type { FeatureShape } from './feature-shape'
import type { FieldValues } from './field-table'
import type { TOUR_FIELDS } from './tour-fields'

/** How well the point on the map matches the enterprise's real location. */
export const PRECISIONS = ['site', 'town', 'county', 'city'] as const
export type Precision = (typeof PRECISIONS)[number]

/** How the enterprise was tied to the tour. */
export const EVIDENCE = ['release', 'other-report'] as const
export type Evidence = (typeof EVIDENCE)[number]

/** Filter label for features whose dataset gives no industry. */
export const NO_INDUSTRY = 'Industry not given'

/** WGS-84 position, stored in the order Leaflet wants. */
export interface LatLng {
  readonly lat: number
  readonly lng: number
}

/**
 * One enterprise: its feature id and point, and one member per row of ENTERPRISE_FIELDS
 * (src/domain/enterprise-fields.ts says what each holds). A field the dataset left out is null,
 * an empty list, or for `industry` NO_INDUSTRY.
 */
export interface Enterprise extends FieldValues<typeof ENTERPRISE_FIELDS> {
  readonly id: string
  /** The pin's point; for a line or an area, a point on it (feature-shape.ts representativePoint). */
  readonly position: LatLng
  /** Lines, areas and multi-points, drawn as they are; absent for a single point. */
  readonly shape?: FeatureShape
  /**
   * The property the label (`name`) was read from: "name", another name-like key such as
   * "title" or "NAME", or null when the feature has none and is shown as "Unnamed (feature N)".
   * Absent on records built in code, meaning "name".
   */
  readonly labelFrom?: string | null
  /** The feature's other text, number and boolean properties, for search, cards and exports. */
  readonly ownProperties?: Readonly<Record<string, string | number | boolean>>
}

/** Facts about the tour as a whole, carried by the dataset's `tour` member (TOUR_FIELDS). */
export type Tour = FieldValues<typeof TOUR_FIELDS>

export interface Dataset {
  readonly enterprises: readonly Enterprise[]
  readonly tour: Tour | null
  /** The file's own name, title and description; absent on datasets built in code. */
  readonly meta?: DatasetMeta
}
