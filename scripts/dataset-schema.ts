// The published schema of a dataset (JSON Schema is generated from it) and the oracle that
// tests/unit/validator-agreement.test.ts holds the app's hand-written validator to.
import * as z from 'zod/mini'
import { PRECISIONS } from '../src/domain/enterprise'

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'))
const optionalText = (description: string) =>
  z.optional(z.nullable(text)).check(z.describe(description))
const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  z.refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real calendar date'),
)
const textList = (description: string) =>
  z.optional(z.nullable(z.array(text))).check(z.describe(description))

/**
 * The `properties` of one enterprise Feature, as published in the README and JSON Schema.
 * Only `name` is required so that people can bring their own point data; every field that is
 * left out is shown as "not given", never filled in with a guess.
 */
export const enterprisePropertiesSchema = z.object({
  name: text.check(z.describe('English display name; also the marker label')),
  nameZh: optionalText('Chinese name; null when no source confirms it'),
  nameInRelease: optionalText('The name as the official release wrote it'),
  nameNote: optionalText('How sure the identification is, and why'),
  industry: optionalText('One label from the sector vocabulary'),
  products: optionalText('What the enterprise makes, as far as sources say'),
  topics: textList('What the release says was looked at in every enterprise'),
  visitTopics: textList('Topics a source reports for this visit only'),
  visitNotes: optionalText('Other sourced details of the visit'),
  visitSource: optionalText('URL of the source for visitTopics and visitNotes'),
  visitDate: z
    .optional(z.nullable(isoDate))
    .check(z.describe('Day of the visit, YYYY-MM-DD; null when unknown')),
  precision: z
    .optional(z.nullable(z.enum(PRECISIONS)))
    .check(z.describe('How well the point matches the real location')),
  district: optionalText('County-level unit or zone; null when unknown'),
  districtZh: optionalText('The district in Chinese'),
  locationNote: optionalText('What the point is and on what basis'),
  namedInRelease: z
    .optional(z.nullable(z.boolean()))
    .check(z.describe('Whether the release names it')),
  evidence: z
    .optional(z.nullable(z.enum(['release', 'other-report'])))
    .check(z.describe('How the enterprise was tied to the tour')),
  sources: textList('URLs of every source for the facts above'),
})

export type EnterpriseProperties = z.infer<typeof enterprisePropertiesSchema>

const optionalTourText = z.optional(z.nullable(text))

/** The optional top-level `tour` foreign member of the FeatureCollection. */
export const tourSchema = z.object({
  title: text,
  titleZh: optionalTourText,
  startDate: isoDate,
  endDate: isoDate,
  place: optionalTourText,
  placeZh: optionalTourText,
  leader: optionalTourText,
  leaderZh: optionalTourText,
  officials: z.optional(z.nullable(z.array(text))),
  themes: z.optional(z.nullable(z.array(text))),
  enterprisesVisited: z.optional(z.nullable(z.number().check(z.int(), z.positive()))),
  releaseUrl: optionalTourText,
  releasePosted: z.optional(z.nullable(isoDate)),
  lastChecked: z.optional(z.nullable(isoDate)),
})
