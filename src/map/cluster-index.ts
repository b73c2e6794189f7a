import type { Enterprise } from '../domain/enterprise'
import { itemsIn, loadIndex, type Bbox, type ClusterItem } from './cluster-items'

/** From this many enterprises the index lives in a worker; below, the page builds it faster. */
const WORKER_THRESHOLD = 5000

/** What the page asks the cluster worker (cluster.worker.ts), and what it answers. */
export type ClusterRequest =
  | { readonly kind: 'load'; readonly coordinates: Float64Array }
  | { readonly kind: 'query'; readonly id: number; readonly bbox: Bbox; readonly zoom: number }
export interface ClusterReply {
  readonly id: number
  readonly items: readonly ClusterItem[]
}

export interface ClusterIndex {
  /** The enterprises the answers' single points are places in (`{ kind: 'point', index }`). */
  readonly points: readonly Enterprise[]
  /** The clusters and single points to draw within `bbox` at `zoom`. */
  readonly query: (bbox: Bbox, zoom: number) => Promise<readonly ClusterItem[]>
  /** Frees the index (and its worker). */
  readonly dispose: () => void
}

/**
 * Builds the cluster index; supercluster is loaded on first need, so small datasets never
 * download it. Large datasets are indexed in a worker (falling back to the page if none starts).
 * The index prepared as the dataset arrived is used when it holds the same points.
 */
export function buildClusterIndex(enterprises: readonly Enterprise[]): Promise<ClusterIndex> {
  return takePrepared(enterprises) ?? afterPaint().then(() => build(enterprises))
}

/**
 * Waits for the next frame to be painted. A new index is asked for in the same task as the
 * filter that changed the list, and building it (copying 50 000 positions, starting a worker)
 * took about 20 ms there: the count and the list now show first, the previous clusters staying
 * on the map meanwhile.
 */
function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame === 'undefined') return Promise.resolve()
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(resolve, 0)
    })
  })
}

/** An index of a whole dataset, started as soon as it was read (prepareClusterIndex). */
let prepared: {
  readonly source: readonly Enterprise[]
  readonly index: Promise<ClusterIndex>
} | null = null

/**
 * Starts indexing every enterprise of a dataset that has just been read, in the worker, while
 * the page renders it (about 0.4 s at 50 000): the map's first clusters then need not wait for
 * that render to end. Only for datasets large enough to be indexed in a worker.
 */
export function prepareClusterIndex(enterprises: readonly Enterprise[]): void {
  if (enterprises.length < WORKER_THRESHOLD || typeof Worker === 'undefined') {
    // A large file with few features: the worker started for it would only sit idle.
    spare?.worker.terminate()
    spare = null
    return
  }
  disposeWhenReady(prepared?.index)
  prepared = { source: enterprises, index: build(enterprises) }
}

/**
 * The prepared index, handed out once, when `shown` holds the very enterprises it was made for,
 * in any order (the list's): its answers name them by their place in the dataset (`points`).
 * Copies, even at the same positions, are not them (a reader's `?crs=` moves them, a label
 * choice renames them): an index that does not fit is freed.
 */
function takePrepared(shown: readonly Enterprise[]): Promise<ClusterIndex> | null {
  const taken = prepared
  prepared = null
  if (taken === null) return null
  if (taken.source === shown || sameMembers(taken.source, shown)) return taken.index
  disposeWhenReady(taken.index)
  return null
}

/**
 * Whether `shown` is `source` in another order. By identity: matching 50 000 enterprises by id
 * and position, and renumbering the answers, took about 30 ms of the map's first draw.
 */
function sameMembers(source: readonly Enterprise[], shown: readonly Enterprise[]): boolean {
  if (source.length !== shown.length) return false
  const left = new Set(source)
  // Each found once: equal lengths then mean the same members.
  return shown.every((enterprise) => left.delete(enterprise))
}

function disposeWhenReady(index: Promise<ClusterIndex> | undefined): void {
  void index?.then((ready) => {
    ready.dispose()
  })
}

async function build(enterprises: readonly Enterprise[]): Promise<ClusterIndex> {
  return { ...(await indexOf(enterprises)), points: enterprises }
}

type PointIndex = Omit<ClusterIndex, 'points'>

async function indexOf(enterprises: readonly Enterprise[]): Promise<PointIndex> {
  const coordinates = new Float64Array(enterprises.length * 2)
  // A plain loop: this runs on the page at every filter change, over up to 50 000 enterprises.
  let i = 0
  for (const { position } of enterprises) {
    coordinates[i++] = position.lng
    coordinates[i++] = position.lat
  }
  if (enterprises.length >= WORKER_THRESHOLD && typeof Worker !== 'undefined') {
    return inWorker(coordinates)
  }
  return inPage(coordinates)
}

async function inPage(coordinates: Float64Array): Promise<PointIndex> {
  const { default: Supercluster } = await import('supercluster')
  const index = loadIndex(Supercluster, coordinates)
  return {
    query: (bbox, zoom) => Promise.resolve(itemsIn(index, bbox, zoom)),
    dispose: () => undefined,
  }
}

/** A cluster worker started ahead of need, and whether it failed to start meanwhile. */
let spare: { readonly worker: Worker; failed: boolean } | null = null

function startWorker(): Worker {
  return new Worker(new URL('./cluster.worker.ts', import.meta.url), { type: 'module' })
}

/**
 * Starts the cluster worker while a large dataset is still downloading, so that its code (and
 * supercluster's) has loaded by the time the first index is asked for: the first clusters then
 * wait only for the index itself. Used by the first index built after it.
 */
export function warmClusterWorker(): void {
  if (spare !== null || typeof Worker === 'undefined') return
  const warm = { worker: startWorker(), failed: false }
  warm.worker.addEventListener('error', (event) => {
    event.preventDefault()
    warm.failed = true
  })
  spare = warm
}

function takeWorker(): Worker | null {
  const taken = spare
  spare = null
  if (taken === null) return startWorker()
  if (!taken.failed) return taken.worker
  taken.worker.terminate()
  return null
}

function inWorker(coordinates: Float64Array): Promise<PointIndex> | PointIndex {
  const worker = takeWorker()
  // The warm worker could not start: neither will another.
  if (worker === null) return inPage(coordinates)
  const pending = new Map<
    number,
    { bbox: Bbox; zoom: number; answer: (items: readonly ClusterItem[]) => void }
  >()
  let nextId = 0
  let fallback: Promise<PointIndex> | null = null
  worker.addEventListener('message', (event: MessageEvent<ClusterReply>) => {
    pending.get(event.data.id)?.answer(event.data.items)
    pending.delete(event.data.id)
  })
  // A worker that cannot start: the page builds the index after all, and answers what was asked.
  worker.addEventListener('error', (event) => {
    event.preventDefault()
    worker.terminate()
    const index = (fallback ??= inPage(coordinates))
    for (const { bbox, zoom, answer } of pending.values()) {
      void index.then((page) => page.query(bbox, zoom)).then(answer)
    }
    pending.clear()
  })
  worker.postMessage({ kind: 'load', coordinates } satisfies ClusterRequest)
  return {
    query: (bbox, zoom) => {
      if (fallback !== null) return fallback.then((index) => index.query(bbox, zoom))
      const id = nextId++
      const request: ClusterRequest = { kind: 'query', id, bbox, zoom }
      worker.postMessage(request)
      return new Promise((answer) => pending.set(id, { bbox, zoom, answer }))
    },
    dispose: () => {
      worker.terminate()
      pending.clear()
    },
  }
}
