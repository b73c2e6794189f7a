import * as z from 'zod/mini'
import { enterprisePropertiesSchema, tourSchema } from './dataset-schema'

/** The published JSON Schema, derived from the same zod schema the app validates with. */
export function datasetJsonSchema(): Record<string, unknown> {
  const properties = z.toJSONSchema(enterprisePropertiesSchema, {
    unrepresentable: 'any',
    io: 'input',
  })
  const tour = z.toJSONSchema(tourSchema, { unrepresentable: 'any', io: 'input' })
  delete properties.$schema
  delete tour.$schema
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'enterprises.schema.json',
    title: 'Tour Map dataset',
    description:
      'A GeoJSON FeatureCollection of Point features, one per enterprise, with an optional top-level "tour" member. See the README for the meaning of each field.',
    descriptionZh:
      '一个 GeoJSON FeatureCollection，每家企业一个 Point 要素，顶层可另有 "tour" 成员。各字段含义见 README。',
    type: 'object',
    required: ['type', 'features'],
    properties: {
      type: { const: 'FeatureCollection' },
      tour,
      features: {
        type: 'array',
        items: {
          type: 'object',
          required: ['type', 'geometry', 'properties'],
          properties: {
            type: { const: 'Feature' },
            id: {
              type: ['string', 'number'],
              description: 'Stable id; used by ?id= links',
              descriptionZh: '稳定的标识符，供 ?id= 链接使用',
            },
            geometry: {
              type: 'object',
              required: ['type', 'coordinates'],
              properties: {
                type: { const: 'Point' },
                coordinates: {
                  type: 'array',
                  description: '[longitude, latitude] in WGS-84, optionally followed by altitude',
                  descriptionZh: 'WGS-84 坐标 [经度, 纬度]，其后可跟海拔',
                  minItems: 2,
                  maxItems: 3,
                  prefixItems: [
                    { type: 'number', minimum: -180, maximum: 180 },
                    { type: 'number', minimum: -90, maximum: 90 },
                    { type: 'number' },
                  ],
                },
              },
            },
            properties,
          },
        },
      },
    },
  }
}
