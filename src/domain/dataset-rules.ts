import { PRECISIONS } from './enterprise'
import type { Rules, Validated } from './field-rules'

/**
 * The `properties` of one enterprise Feature (README "Feature properties"). Only `name` is
 * required so that people can bring their own point data; a field left out is shown as
 * "not given", never filled in with a guess.
 */
export const PROPERTY_RULES = {
  name: { kind: 'text', required: true },
  nameZh: { kind: 'text' },
  nameInRelease: { kind: 'text' },
  nameNote: { kind: 'text' },
  industry: { kind: 'text' },
  products: { kind: 'text' },
  topics: { kind: 'textList' },
  visitTopics: { kind: 'textList' },
  visitNotes: { kind: 'text' },
  visitSource: { kind: 'text' },
  visitDate: { kind: 'date' },
  precision: { kind: 'enum', values: PRECISIONS },
  district: { kind: 'text' },
  districtZh: { kind: 'text' },
  locationNote: { kind: 'text' },
  namedInRelease: { kind: 'boolean' },
  evidence: { kind: 'enum', values: ['release', 'other-report'] as const },
  sources: { kind: 'textList' },
} as const satisfies Rules

/** The optional top-level `tour` member of the FeatureCollection. */
export const TOUR_RULES = {
  title: { kind: 'text', required: true },
  titleZh: { kind: 'text' },
  startDate: { kind: 'date', required: true },
  endDate: { kind: 'date', required: true },
  place: { kind: 'text' },
  placeZh: { kind: 'text' },
  leader: { kind: 'text' },
  leaderZh: { kind: 'text' },
  officials: { kind: 'textList' },
  themes: { kind: 'textList' },
  enterprisesVisited: { kind: 'positiveInteger' },
  releaseUrl: { kind: 'text' },
  releasePosted: { kind: 'date' },
  lastChecked: { kind: 'date' },
} as const satisfies Rules

export type EnterpriseProperties = Validated<typeof PROPERTY_RULES>
