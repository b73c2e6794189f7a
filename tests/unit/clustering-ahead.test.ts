import { afterEach, beforeEach, expect, it, vi } from 'vitest'

// While another dataset downloads, the map's cluster worker starts once the file passes 1 MB.
const warmClusterWorker = vi.fn()

beforeEach(() => {
  vi.useFakeTimers()
  vi.resetModules()
  warmClusterWorker.mockClear()
  vi.doMock('../../src/map/cluster-index', () => ({ warmClusterWorker }))
})
afterEach(() => {
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
