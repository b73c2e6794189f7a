import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateDataset } from '../../bench/generate-dataset'
import { featureStream } from '../../src/domain/feature-stream'
import {
  parseDataset,
  parseDatasetText,
  parseStreamedDataset,
} from '../../src/domain/parse-dataset'
import { featureCollector } from '../../src/domain/parse-feature'

/** Feeds `text` in pieces cut at `cuts`, checking each feature as it is found, like the worker. */
function streamed(text: string, cuts: readonly number[]) {
  const stream = featureStream()
  const collector = featureCollector()
  const found: unknown[] = []
  let from = 0
  for (const cut of [...cuts, text.length]) {
    for (const feature of stream.push(text.slice(from, cut))) {
      found.push(feature)
      collector.add(feature)
    }
    from = cut
  }
  const rest = stream.rest()
  return {
    found,
    rest,
    outcome: rest === null ? null : parseStreamedDataset(JSON.parse(rest), collector),
  }
}

const cutsOf = (length: number) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: length }), { maxLength: 12 })
    .map((cuts) => cuts.sort((a, b) => a - b))

// Generated from the real dataset, then spoilt in ways a reader's file may be: a duplicate id,
// a feature without coordinates, one that is not an object, text with quotes and brackets.
const generated = generateDataset(40)
const features: unknown[] = [...generated.features]
features.splice(3, 0, generated.features[1])
features.splice(7, 0, {
  type: 'Feature',
  id: 'no-point',
  geometry: null,
  properties: { name: 'x' },
})
features.splice(9, 0, 'not a feature')
features.splice(11, 0, {
  type: 'Feature',
  id: 'odd "name" [1], {2}',
  geometry: { type: 'Point', coordinates: [126.5, 43.8] },
  properties: { name: 'Quote " and \\ backslash, [brackets] {braces}', note: '\\"' },
})
const messy = { type: 'FeatureCollection', name: 'Spoilt', tour: generated.tour, features }

describe('featureStream', () => {
  it('finds every feature however the text is cut, and gives the same outcome as reading it whole', () => {
    const text = JSON.stringify(messy, null, 1)
    const whole = parseDatasetText(text)
    expect(whole.ok).toBe(true)
    fc.assert(
      fc.property(cutsOf(text.length), (cuts) => {
        const result = streamed(text, cuts)
        expect(result.found).toHaveLength(features.length)
        expect(result.outcome).toEqual(whole)
      }),
      { numRuns: 60 },
    )
  })

  it('gives the same outcome with the features list before the other members', () => {
    const text = JSON.stringify({ features, type: 'FeatureCollection', tour: generated.tour })
    const result = streamed(text, [5, 100, 2000])
    expect(result.outcome).toEqual(parseDataset(JSON.parse(text)))
  })

  it('reports a collection without usable features as the whole reading does', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: ['a', 1, null] })
    const result = streamed(text, [20])
    expect(result.outcome).toEqual(parseDatasetText(text))
    expect(result.outcome?.ok).toBe(false)
  })

  it('gives up, so that the whole text is read, on files it does not understand', () => {
    // Not an object; a lone Feature; two features lists (JSON keeps the last); a list elsewhere.
    expect(streamed('[1, 2]', []).rest).toBeNull()
    const lone = JSON.stringify(generated.features[0])
    expect(streamed(lone, [10]).rest).toBeNull()
    const twice = `{"type":"FeatureCollection","features":[],"features":[${lone}]}`
    const result = streamed(twice, [])
    expect(result.rest).not.toBeNull()
    expect(result.outcome).toBeNull()
    expect(streamed('{"type":"FeatureCollection","tour":{"features":[1]}}', []).rest).toBeNull()
  })

  // Most files begin every feature alike ({"type":"Feature"); the stream cuts each where the next
  // one begins. A feature holding a feature, or text spelling one, must not be cut there.
  it('cuts features where the next begins, never inside one, however the text is cut', () => {
    const inner = { type: 'Feature', geometry: null, properties: { name: 'inner' } }
    const tricky = generateDataset(12).features.map((feature, i) =>
      i % 3 === 1
        ? { ...feature, properties: { ...feature.properties, origin: inner, list: [1, inner] } }
        : i % 3 === 2
          ? {
              ...feature,
              properties: { ...feature.properties, note: '{"type":"Feature"}, {"type":"Feature"' },
            }
          : feature,
    )
    const text = JSON.stringify({ type: 'FeatureCollection', features: tricky })
    const whole = parseDatasetText(text)
    fc.assert(
      fc.property(cutsOf(text.length), (cuts) => {
        const result = streamed(text, cuts)
        expect(result.found).toEqual(tricky)
        expect(result.outcome).toEqual(whole)
      }),
      { numRuns: 40 },
    )
  })

  it('gives up on a feature that is not JSON, also between features it cut quickly', () => {
    const good = generateDataset(6).features.map((feature) => JSON.stringify(feature))
    good[3] = `${(good[3] ?? '').slice(0, -1)},}`
    const text = `{"type":"FeatureCollection","features":[${good.join(',')}]}`
    const result = streamed(text, [])
    expect(result.found).toHaveLength(3)
    expect(result.rest).toBeNull()
    // Two features with no comma between them are not a list either, nor a brace too many.
    const joined = `{"type":"FeatureCollection","features":[${good.slice(0, 3).join(',')} ${good[4] ?? ''}]}`
    expect(streamed(joined, []).rest).toBeNull()
    const extraBrace = `{"type":"FeatureCollection","features":[${good.slice(0, 3).join(',')}} ${good[4] ?? ''}]}`
    expect(streamed(extraBrace, []).outcome).toBeNull()
  })
})
