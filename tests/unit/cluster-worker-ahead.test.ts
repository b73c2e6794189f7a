import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Enterprise } from '../../src/domain/enterprise'
import type { Bbox } from '../../src/map/cluster-items'
import { makeEnterprise } from '../support/dataset-fixtures'
import { FakeClusterWorker } from '../support/fake-cluster-worker'

// Enough enterprises for the index to live in a worker (5 000 and more), spread over 6 × 6 km.
const base = makeEnterprise()
const many: readonly Enterprise[] = Array.from({ length: 6000 }, (_, i) => ({
  ...base,
  id: `e-${String(i)}`,
  position: { lat: 43.8 + (i % 80) / 1000, lng: 126.5 + Math.floor(i / 80) / 1000 },
}))
const everywhere: Bbox = [-180, -85, 180, 85]

/** A box of about 20 m around an enterprise: at zoom 14 (every point its own pin) it alone. */
function around({ position }: Enterprise): Bbox {
  const d = 0.0001
  return [position.lng - d, position.lat - d, position.lng + d, position.lat + d]
}

/** A fresh copy of cluster-index.ts: its warm worker is module state. */
async function clusterIndex() {
  vi.resetModules()
  return import('../../src/map/cluster-index')
}

/** Points counted in an answer: a cluster's count, or 1 for a single pin. */
function pointsIn(items: readonly { kind: string; count?: number }[]): number {
  return items.reduce((sum, item) => sum + (item.kind === 'cluster' ? (item.count ?? 0) : 1), 0)
}

beforeEach(() => {
  FakeClusterWorker.started = []
  vi.stubGlobal('Worker', FakeClusterWorker)
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the cluster worker started while a large dataset downloads', () => {
  it('is the one the first index is built in, so no second worker starts', async () => {
    const { buildClusterIndex, warmClusterWorker } = await clusterIndex()
    warmClusterWorker()
    expect(FakeClusterWorker.started).toHaveLength(1)
    const index = await buildClusterIndex(many)
    expect(FakeClusterWorker.started).toHaveLength(1)
    expect(FakeClusterWorker.started[0]?.loads).toEqual([6000])
    expect(pointsIn(await index.query(everywhere, 0))).toBe(6000)
  })

  it('is started once however often a large load is told, and the next index starts its own', async () => {
    const { buildClusterIndex, warmClusterWorker } = await clusterIndex()
    warmClusterWorker()
    warmClusterWorker()
    expect(FakeClusterWorker.started).toHaveLength(1)
    await buildClusterIndex(many)
    await buildClusterIndex(many.slice(0, 5000))
    expect(FakeClusterWorker.started).toHaveLength(2)
    expect(FakeClusterWorker.started[1]?.loads).toEqual([5000])
  })

  it('that failed to start leaves the index to the page, which still answers every point', async () => {
    const { buildClusterIndex, warmClusterWorker } = await clusterIndex()
    warmClusterWorker()
    const warm = FakeClusterWorker.started[0]
    warm?.fail()
    const index = await buildClusterIndex(many)
    expect(warm?.terminated).toBe(true)
    expect(warm?.loads).toEqual([])
    expect(FakeClusterWorker.started).toHaveLength(1)
    expect(pointsIn(await index.query(everywhere, 0))).toBe(6000)
  })
})

describe('the index prepared as the dataset is read', () => {
  // The list's order, not the file's: the answers name each point by its place in `points`.
  const listed = [...many].reverse()

  it('serves the map when it shows every enterprise, in the list order, without a second index', async () => {
    const { buildClusterIndex, prepareClusterIndex, warmClusterWorker } = await clusterIndex()
    warmClusterWorker()
    prepareClusterIndex(many)
    const index = await buildClusterIndex(listed)
    expect(FakeClusterWorker.started).toHaveLength(1)
    expect(FakeClusterWorker.started[0]?.loads).toEqual([6000])
    for (const enterprise of [many[0], many[1234], many[5999]]) {
      if (enterprise === undefined) throw new Error('no such enterprise')
      const items = await index.query(around(enterprise), 14)
      expect(items).toHaveLength(1)
      const [item] = items
      expect(item?.kind === 'point' ? index.points[item.index] : item?.kind).toBe(enterprise)
    }
  })

  it('is freed, not used, when as many enterprises are shown but one twice', async () => {
    const { buildClusterIndex, prepareClusterIndex } = await clusterIndex()
    prepareClusterIndex(many)
    const twice = [...many]
    twice[2] = many[0] ?? base
    await buildClusterIndex(twice)
    expect(FakeClusterWorker.started[0]?.terminated).toBe(true)
  })

  it('serves only once: the next index (another filter) is built anew', async () => {
    const { buildClusterIndex, prepareClusterIndex } = await clusterIndex()
    prepareClusterIndex(many)
    await buildClusterIndex(many)
    await buildClusterIndex(many)
    expect(FakeClusterWorker.started).toHaveLength(2)
  })

  it('is freed, not used, when a filter shows fewer enterprises', async () => {
    const { buildClusterIndex, prepareClusterIndex } = await clusterIndex()
    prepareClusterIndex(many)
    const index = await buildClusterIndex(many.slice(0, 5500))
    expect(FakeClusterWorker.started).toHaveLength(2)
    expect(FakeClusterWorker.started[0]?.terminated).toBe(true)
    expect(pointsIn(await index.query(everywhere, 0))).toBe(5500)
  })

  // Copies are other objects: the map's pins must be the enterprises it was given.
  const copies = {
    'stand elsewhere (?crs=gcj02 moved them)': many.map((e) => ({
      ...e,
      position: { lat: e.position.lat + 0.002, lng: e.position.lng + 0.005 },
    })),
    'are renamed in place (a label choice)': listed.map((e) => ({ ...e, name: `${e.name} (2)` })),
  }
  for (const [how, shown] of Object.entries(copies)) {
    it(`is freed, not used, when the same enterprises ${how}`, async () => {
      const { buildClusterIndex, prepareClusterIndex } = await clusterIndex()
      prepareClusterIndex(many)
      const index = await buildClusterIndex(shown)
      expect(FakeClusterWorker.started).toHaveLength(2)
      expect(FakeClusterWorker.started[0]?.terminated).toBe(true)
      const [first] = shown
      if (first === undefined) throw new Error('no enterprise')
      const items = await index.query(around(first), 14)
      expect(
        items.map((item) => (item.kind === 'point' ? index.points[item.index] : null)),
      ).toEqual([first])
    })
  }

  it('is not made for a dataset the page indexes itself (under 5 000)', async () => {
    const { prepareClusterIndex } = await clusterIndex()
    prepareClusterIndex(many.slice(0, 4999))
    expect(FakeClusterWorker.started).toHaveLength(0)
  })

  it('ends the worker started during the download when the file held under 5 000', async () => {
    const { buildClusterIndex, prepareClusterIndex, warmClusterWorker } = await clusterIndex()
    warmClusterWorker()
    prepareClusterIndex(many.slice(0, 4999))
    expect(FakeClusterWorker.started[0]?.terminated).toBe(true)
    // A later large index starts a worker of its own rather than use the ended one.
    await buildClusterIndex(many)
    expect(FakeClusterWorker.started).toHaveLength(2)
    expect(FakeClusterWorker.started[1]?.loads).toEqual([6000])
  })
})
