/** How well the point on the map matches the enterprise's real location. */
export type Precision = 'site' | 'town' | 'county' | 'city'

export const PRECISIONS: readonly Precision[] = ['site', 'town', 'county', 'city']

/** Filter label for features whose dataset gives no industry. */
export const NO_INDUSTRY = 'Industry not given'

/** How the enterprise was tied to the tour. */
export type Evidence = 'release' | 'other-report'

/** WGS-84 position, stored in the order Leaflet wants. */
export interface LatLng {
  readonly lat: number
  readonly lng: number
}

export interface Enterprise {
  readonly id: string
  readonly name: string
  readonly nameZh: string | null
  readonly nameInRelease: string | null
  readonly nameNote: string | null
  /** Never empty: features without one get NO_INDUSTRY so they can still be filtered. */
  readonly industry: string
  readonly products: string | null
  /** What the release says was looked at in every enterprise of the tour. */
  readonly topics: readonly string[]
  /** Topics a source reports for this enterprise's visit alone. */
  readonly visitTopics: readonly string[]
  readonly visitNotes: string | null
  readonly visitSource: string | null
  /** ISO date (YYYY-MM-DD), or null when no source reports the day. */
  readonly visitDate: string | null
  /** null when the dataset does not say; shown as "not stated". */
  readonly precision: Precision | null
  readonly district: string | null
  readonly districtZh: string | null
  readonly locationNote: string | null
  readonly namedInRelease: boolean | null
  readonly evidence: Evidence | null
  readonly sources: readonly string[]
  readonly position: LatLng
}

/** Facts about the tour as a whole, carried by the dataset's `tour` member. */
export interface Tour {
  readonly title: string
  readonly titleZh: string | null
  readonly startDate: string
  readonly endDate: string
  readonly place: string | null
  readonly placeZh: string | null
  readonly leader: string | null
  readonly leaderZh: string | null
  readonly officials: readonly string[]
  readonly themes: readonly string[]
  readonly enterprisesVisited: number | null
  readonly releaseUrl: string | null
  readonly releasePosted: string | null
  readonly lastChecked: string | null
}

export interface Dataset {
  readonly enterprises: readonly Enterprise[]
  readonly tour: Tour | null
}
