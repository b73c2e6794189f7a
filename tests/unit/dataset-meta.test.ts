import { describe, expect, it } from 'vitest'
import { fileHeading, sourceNameOf } from '../../src/domain/dataset-meta'
import { umapToCollection } from '../../src/domain/other-formats'
import { parseDataset } from '../../src/domain/parse-dataset'
import { pick } from '../../src/i18n/localise'

const point = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [139.7494, 35.6869] },
  properties: { NAME: 'Tokyo' },
}

describe("a file's own name, title and description", () => {
  it('are read from the FeatureCollection root, trimmed, and only when they are text', () => {
    const outcome = parseDataset({
      type: 'FeatureCollection',
      name: ' ne_110m_populated_places ',
      title: 'Populated places',
      description: 42,
      features: [point],
    })
    expect(outcome.ok && outcome.dataset.meta).toEqual({
      name: 'ne_110m_populated_places',
      title: 'Populated places',
      description: null,
    })
  })

  it("come from a uMap export's properties", () => {
    const collection = umapToCollection({
      type: 'umap',
      properties: { name: 'Jilin walk', description: 'Stops of a Sunday walk' },
      layers: [{ type: 'FeatureCollection', features: [point] }],
    })
    const outcome = parseDataset(collection)
    expect(outcome.ok && outcome.dataset.meta).toEqual({
      name: 'Jilin walk',
      title: null,
      description: 'Stops of a Sunday walk',
    })
  })

  it('name the file by its title, then its name, then where it came from', () => {
    const none = { name: null, title: null, description: null }
    expect(fileHeading({ ...none, name: 'a', title: 'b' }, 'c.geojson')).toBe('b')
    expect(fileHeading({ ...none, name: 'a' }, 'c.geojson')).toBe('a')
    expect(fileHeading(none, 'c.geojson')).toBe('c.geojson')
    expect(sourceNameOf('https://example.org/data/%E5%85%AC%E5%9B%AD.geojson?v=2')).toBe(
      '公园.geojson',
    )
    expect(sourceNameOf('https://example.org/')).toBe('example.org')
  })
})

describe('(原文) marks text only when its script is not the reader’s', () => {
  it('does not mark a Chinese name in the Chinese interface', () => {
    expect(pick('zh', '北山公园', null)).toEqual({
      text: '北山公园',
      lang: 'zh-CN',
      original: false,
    })
  })

  it('still marks an English-only text in the Chinese interface, and nothing in English', () => {
    expect(pick('zh', 'Riverside Café', null).original).toBe(true)
    expect(pick('zh', 'Jilin Chemical Fiber (吉林化纤)', null).original).toBe(true)
    expect(pick('en', '北山公园', null).original).toBe(false)
  })
})
