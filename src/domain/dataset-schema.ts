import * as z from 'zod'
import { PRECISIONS } from './enterprise'

const text = z.string().trim().min(1, 'must not be empty')
const optionalText = text.nullable().optional()
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real calendar date')

/** The `properties` of one enterprise Feature, as published in the README and JSON Schema. */
export const enterprisePropertiesSchema = z.object({
  name: text,
  nameZh: optionalText,
  nameInRelease: optionalText,
  nameNote: optionalText,
  industry: text,
  products: optionalText,
  topics: z.array(text),
  visitTopics: z.array(text).optional(),
  visitNotes: optionalText,
  visitSource: optionalText,
  visitDate: isoDate.nullable(),
  precision: z.enum(PRECISIONS),
  district: optionalText,
  districtZh: optionalText,
  locationNote: optionalText,
  namedInRelease: z.boolean(),
  evidence: z.enum(['release', 'other-report']).nullable().optional(),
  sources: z.array(text),
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
