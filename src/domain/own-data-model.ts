import type { CoordinateSystem } from './coordinate-system'

/** What the explorer offers for other people's data: label and group choices, and the datum. */
export interface OwnDataModel {
  readonly labelChoices: readonly string[]
  readonly groupChoices: readonly string[]
  /** null: `name` (or the best name-like property). */
  readonly label: string | null
  /** null: `industry`. */
  readonly group: string | null
  readonly crs: CoordinateSystem
  /** The file looks like it came from AMap or Tencent (GCJ-02). */
  readonly suggestGcj02: boolean
}

/** The built-in tour, whose fields are all known: nothing to choose. */
export const NO_OWN_DATA: OwnDataModel = {
  labelChoices: [],
  groupChoices: [],
  label: null,
  group: null,
  crs: 'wgs84',
  suggestGcj02: false,
}
