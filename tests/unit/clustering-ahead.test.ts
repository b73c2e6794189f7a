// @vitest-environment jsdom
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { makeCollection, makeFeature } from '../support/dataset-fixtures'

// While another dataset downloads, the map's cluster worker starts once the file passes 1 MB,
// and the dataset, once read, is indexed while the page renders it.
const warmClusterWorker = vi.fn()
const prepareClusterIndex = vi.fn()

/** Listeners each fresh copy of the module adds to the one window, removed after each test. */
let listening: [string, EventListenerOrEventListenerObject][] = []
const addListener = window.addEventListener.bind(window)

beforeEach(() => {
  listening = []
  vi.spyOn(window, 'addEventListener').mockImplementation((type, listener) => {
    listening.push([type, listener])
    addListener(type, listener)
  })
  vi.useFakeTimers()
  vi.resetModules()
  warmClusterWorker.mockClear()
  prepareClusterIndex.mockClear()
  vi.doMock('../../src/map/cluster-index', () => ({ warmClusterWorker, prepareClusterIndex }))
})
afterEach(() => {
  for (const [type, listener] of listening) window.removeEventListener(type, listener)
  vi.restoreAllMocks()
  vi.doUnmock('../../src/map/cluster-index')
  vi.useRealTimers()
})

/** Fresh copies of the progress store and of the module that watches it. */
async function start() {
  const progress = await import('../../src/data/load-progress')
  await import('../../src/app/clustering-ahead')
  return progress
}

/** Lets the progress store tell its listeners (every 100 ms), then the dynamic import settle. */
async function settle() {
  await vi.advanceTimersByTimeAsync(150)
}

it('starts the cluster worker once a download passes 1 MB, and once only', async () => {
  const { reportProgress } = await start()
  reportProgress('https://example.org/big.geojson', 600_000)
  await settle()
  expect(warmClusterWorker).not.toHaveBeenCalled()
  reportProgress('https://example.org/big.geojson', 1024 * 1024)
  await settle()
  expect(warmClusterWorker).toHaveBeenCalledTimes(1)
  reportProgress('https://example.org/big.geojson', 3_000_000)
  await settle()
  expect(warmClusterWorker).toHaveBeenCalledTimes(1)
})

it('starts it for a large load already under way when the module arrives', async () => {
  const progress = await import('../../src/data/load-progress')
  progress.reportProgress('https://example.org/big.geojson', 2_000_000)
  await import('../../src/app/clustering-ahead')
  await settle()
  expect(warmClusterWorker).toHaveBeenCalledTimes(1)
})

it('leaves it for small downloads', async () => {
  const { reportProgress } = await start()
  reportProgress('https://example.org/small.geojson', 200_000)
  await settle()
  expect(warmClusterWorker).not.toHaveBeenCalled()
})

/** Reads a small file the way a dataset's bytes are read (parse-off-thread.ts), which announces it. */
async function readFile(names: readonly string[]) {
  const { parseDatasetBytes } = await import('../../src/data/parse-off-thread')
  const text = JSON.stringify(
    makeCollection(
      names.map((name, i) => makeFeature({ id: `e${String(i)}`, properties: { name } })),
    ),
  )
  return parseDatasetBytes([new TextEncoder().encode(text)], () => undefined)
}

it('hands a dataset just read to the map for indexing, after a large download', async () => {
  const { reportProgress } = await start()
  reportProgress('https://example.org/big.geojson', 2_000_000)
  await settle()
  const outcome = await readFile(['Alpha Works', 'Beta Mill'])
  await settle()
  expect(outcome.ok).toBe(true)
  expect(prepareClusterIndex).toHaveBeenCalledTimes(1)
  const [enterprises] = prepareClusterIndex.mock.calls[0] as [readonly { name: string }[]]
  expect(enterprises.map((e) => e.name)).toEqual(['Alpha Works', 'Beta Mill'])
})

it('loads no clustering code for a dataset read after small downloads only', async () => {
  await start()
  await readFile(['Alpha Works'])
  await settle()
  expect(prepareClusterIndex).not.toHaveBeenCalled()
})
