import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { english } from '../support/english'
import { parseDatasetText } from '../../src/domain/parse-dataset'
import { repoRoot } from '../support/dataset-fixtures'

// Mapbox's geojsonhint fixtures (ISC licence, tests/fixtures/geojsonhint/LICENSE), vendored unchanged.
const fixtures = resolve(repoRoot, 'tests/fixtures/geojsonhint')

function filesIn(kind: 'bad' | 'good'): string[] {
  return readdirSync(resolve(fixtures, kind))
    .filter((name) => name.endsWith('.geojson'))
    .sort()
}

function reportFor(kind: 'bad' | 'good', name: string): string {
  const outcome = parseDatasetText(readFileSync(resolve(fixtures, kind, name), 'utf8'))
  if (kind === 'good' && outcome.ok) return 'OK'
  const reasons = [
    ...(outcome.ok ? [] : [outcome.error]),
    ...outcome.problems.flatMap((p) => p.reasons),
    ...(outcome.ok ? outcome.warnings : []),
  ]
  // A file whose other features load still has to name what is wrong with the bad one.
  return reasons.length === 0 ? 'OK' : reasons.map(english).join(' ')
}

const BARE = 'bare'
/** What a reader must be told about each invalid file. */
const expectedForBad: Record<string, string> = {
  'bad-duplicate-properties.geojson': 'It has no location',
  'bad-featurelist.geojson': `${BARE} Polygon geometry`,
  'bad-json.geojson': 'not valid JSON',
  'bad-object-type.geojson': '"type" should be the text "FeatureCollection", but it is an object',
  'bad-polygon-interiorring-rhr.geojson': `${BARE} Polygon geometry`,
  'bad-polygonloop.geojson': 'Its Polygon "coordinates" are not nested as a Polygon needs',
  'bad-properties-as-array.geojson': '"properties" should be an object, but they are a list',
  'badcoord.geojson': 'third one (altitude) is not',
  'badcoordtype.geojson': 'not nested as a MultiPolygon needs',
  'badfeature.geojson': 'It is empty (null), not a Feature object',
  'badfeatureid.geojson': '"id" should be text or a number, but it is an object',
  'bbox-4or6elements.geojson': `${BARE} Point geometry`,
  'bbox-contains-string.geojson': `${BARE} Point geometry`,
  'bbox-string.geojson': `${BARE} Point geometry`,
  'different-first-last.geojson': `${BARE} Polygon geometry`,
  'different-first-size.geojson': `${BARE} MultiPolygon geometry`,
  'excessive_precision_truncated.geojson': `${BARE} LineString geometry`,
  'expected_object.geojson': '"properties" should be an object, but they are the number 123',
  'false.geojson': `${BARE} GeometryCollection geometry`,
  'feature_changed_semantics.geojson': 'It has a "features" member, which a Feature must not have',
  'featurecollection-obj.geojson': '"features" should be a list, but it is an object',
  'featurecollection-type-case.geojson': 'must be written exactly "FeatureCollection"',
  'featurecollection.geojson': 'has no "features" list',
  'featurecollection_changed_semantics.geojson':
    'The FeatureCollection has a "coordinates" member, which it must not have',
  'geometry_changed_semantics.geojson': `${BARE} Point geometry`,
  'geometrycollection_nested.geojson': `${BARE} GeometryCollection geometry`,
  'geometrycollection_single.geojson': `${BARE} GeometryCollection geometry`,
  'multiple_problems.geojson': 'Its "type" should be "Feature", but it is the text "Foo"',
  'multipoint-multidimension.geojson': `${BARE} MultiPoint geometry`,
  'multipoint-nondimension.geojson': `${BARE} MultiPoint geometry`,
  'nofeaturetype.geojson': 'Its "type" should be "Feature", but it is the text "Featre"',
  'notype.geojson': 'has no "type"',
  'point-labeled-as-a-multipolygon.geojson': 'not nested as a MultiPolygon needs',
  'point-string.geojson': 'coordinates must both be numbers',
  'point-toofew.geojson': 'needs two coordinates',
  'point-toomany.geojson': 'more than three coordinates',
  'point.geojson': 'has no "coordinates"',
  'polygon_winding_order.geojson': `${BARE} Polygon geometry`,
  'rootstring.geojson': 'must hold a GeoJSON object',
  'short-line.geojson': `${BARE} LineString geometry`,
  'short-linearring.geojson': `${BARE} Polygon geometry`,
  'short-multilinestring.geojson': `${BARE} MultiLineString geometry`,
  'stringcoord.geojson': 'coordinates must both be numbers',
  'unknowntype.geojson': '"FooBar", which is not a GeoJSON type',
}

describe('geojsonhint bad fixtures', () => {
  it('has an expectation for every fixture file', () => {
    expect(filesIn('bad')).toEqual(Object.keys(expectedForBad).sort())
  })

  it.each(filesIn('bad'))('%s is refused with a specific message', (name) => {
    const report = reportFor('bad', name)
    expect(report).not.toBe('OK')
    expect(report).toContain(expectedForBad[name])
  })
})

/**
 * Valid GeoJSON: a file with Point features loads them (unnamed ones as "Unnamed (feature N)")
 * and lists the features it skips; a bare geometry, or no Point at all, is refused with its reason.
 */
type GoodOutcome = { shown: number; skipped: string[][] } | { error: string; skipped: string[][] }

const bare = (type: string): GoodOutcome => ({
  error: `The file is a bare ${type} geometry with no name or properties, so it has no features to show.`,
  skipped: [],
})
const points = (shown: number): GoodOutcome => ({ shown, skipped: [] })
/** A point, a line and a polygon: all three are drawn. */
const mixed: GoodOutcome = { shown: 3, skipped: [] }

const expectedForGood: Record<string, GoodOutcome> = {
  'good-feature-with-id.geojson': points(1),
  'good-feature-with-string-id.geojson': points(1),
  'good-feature.geojson': points(1),
  'good-featurecollection-bbox.geojson': points(2),
  'good-featurecollection-bbox3d.geojson': points(2),
  'good-featurecollection-extensions.geojson': mixed,
  'good-featurecollection.geojson': mixed,
  'good-geometrycollection.geojson': bare('GeometryCollection'),
  'good-linestring.geojson': bare('LineString'),
  'good-multilinestring.geojson': bare('MultiLineString'),
  'good-multipoint.geojson': bare('MultiPoint'),
  'good-point-3d.geojson': bare('Point'),
  'good-point.geojson': bare('Point'),
  'good-polygon.geojson': bare('Polygon'),
  'issue82.geojson': bare('MultiPolygon'),
  'multipolygon.geojson': bare('MultiPolygon'),
  'nullgeometry.geojson': {
    error:
      'The file has nothing to draw: none of its 1 feature has a point, line or area geometry.',
    skipped: [['It has no location (its "geometry" is missing or null).']],
  },
  'nullproperties.geojson': points(1),
}

describe('geojsonhint good fixtures', () => {
  it('has an expectation for every fixture file', () => {
    expect(filesIn('good')).toEqual(Object.keys(expectedForGood).sort())
  })

  it.each(filesIn('good'))(
    '%s loads its points, or is refused for the reason that fits it',
    (name) => {
      const outcome = parseDatasetText(readFileSync(resolve(fixtures, 'good', name), 'utf8'))
      const skipped = outcome.problems.map((p) => p.reasons.map(english))
      expect(
        outcome.ok
          ? { shown: outcome.dataset.enterprises.length, skipped }
          : { error: english(outcome.error), skipped },
      ).toEqual(expectedForGood[name])
    },
  )
})
