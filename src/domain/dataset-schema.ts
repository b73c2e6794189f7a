import * as z from 'zod'
import { PRECISIONS } from './enterprise'

const text = z.string().trim().min(1, 'must not be empty')
const optionalText = text.nullable().optional()
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real calendar date')

/**
 * The `properties` of one enterprise Feature, as published in the README and JSON Schema.
 * Only `name` is required so that people can bring their own point data; every field that is
 * left out is shown as "not given", never filled in with a guess.
 */
export const enterprisePropertiesSchema = z.object({
  name: text.describe('English display name; also the marker label'),
  nameZh: optionalText.describe('Chinese name; null when no source confirms it'),
  nameInRelease: optionalText.describe('The name as the official release wrote it'),
  nameNote: optionalText.describe('How sure the identification is, and why'),
  industry: optionalText.describe('One label from the sector vocabulary'),
  products: optionalText.describe('What the enterprise makes, as far as sources say'),
  topics: z
    .array(text)
    .optional()
    .describe('What the release says was looked at in every enterprise'),
  visitTopics: z.array(text).optional().describe('Topics a source reports for this visit only'),
  visitNotes: optionalText.describe('Other sourced details of the visit'),
  visitSource: optionalText.describe('URL of the source for visitTopics and visitNotes'),
  visitDate: isoDate
    .nullable()
    .optional()
    .describe('Day of the visit, YYYY-MM-DD; null when unknown'),
  precision: z
    .enum(PRECISIONS)
    .nullable()
    .optional()
    .describe('How well the point matches the real location'),
  district: optionalText.describe('County-level unit or zone; null when unknown'),
  districtZh: optionalText.describe('The district in Chinese'),
  locationNote: optionalText.describe('What the point is and on what basis'),
  namedInRelease: z.boolean().nullable().optional().describe('Whether the release names it'),
  evidence: z
    .enum(['release', 'other-report'])
    .nullable()
    .optional()
    .describe('How the enterprise was tied to the tour'),
  sources: z.array(text).optional().describe('URLs of every source for the facts above'),
})

export type EnterpriseProperties = z.infer<typeof enterprisePropertiesSchema>

/** The optional top-level `tour` foreign member of the FeatureCollection. */
export const tourSchema = z.object({
  title: text,
  titleZh: optionalText,
  startDate: isoDate,
  endDate: isoDate,
  place: optionalText,
  placeZh: optionalText,
  leader: optionalText,
  leaderZh: optionalText,
  officials: z.array(text).optional(),
  themes: z.array(text).optional(),
  enterprisesVisited: z.number().int().positive().nullable().optional(),
  releaseUrl: optionalText,
  releasePosted: isoDate.nullable().optional(),
  lastChecked: isoDate.nullable().optional(),
})
