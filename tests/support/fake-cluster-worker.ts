import Supercluster from 'supercluster'
import { itemsIn, loadIndex, type PointProps } from '../../src/map/cluster-items'
import type { ClusterReply, ClusterRequest } from '../../src/map/cluster-index'

/**
 * A stand-in for the browser's Worker running src/map/cluster.worker.ts's protocol in the test's
 * own thread (Node has no module workers): the answers are real supercluster answers. Each
 * instance is recorded, with the points it was given.
 */
export class FakeClusterWorker extends EventTarget {
  static started: FakeClusterWorker[] = []
  /** Points per 'load' message, in order. */
  readonly loads: number[] = []
  terminated = false
  private index: Supercluster<PointProps> | null = null

  constructor() {
    super()
    FakeClusterWorker.started.push(this)
  }

  postMessage(request: ClusterRequest): void {
    if (request.kind === 'load') {
      this.loads.push(request.coordinates.length / 2)
      this.index = loadIndex(Supercluster, request.coordinates)
      return
    }
    const { index } = this
    if (index === null) return
    const reply: ClusterReply = {
      id: request.id,
      items: itemsIn(index, request.bbox, request.zoom),
    }
    queueMicrotask(() => {
      this.dispatchEvent(new MessageEvent('message', { data: reply }))
    })
  }

  /** As when the worker's script cannot load (a stricter host policy). */
  fail(): void {
    this.dispatchEvent(new Event('error', { cancelable: true }))
  }

  terminate(): void {
    this.terminated = true
  }
}
