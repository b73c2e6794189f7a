/**
 * Builds and answers the cluster index away from the page's thread: at 50 000 enterprises
 * building it takes longer than a frame, and the page must keep answering meanwhile.
 */
import Supercluster from 'supercluster'
import { itemsIn, loadIndex, type PointProps } from './cluster-items'
import type { ClusterReply, ClusterRequest } from './cluster-index'

let index: Supercluster<PointProps> | null = null

self.addEventListener('message', (event: MessageEvent<ClusterRequest>) => {
  const request = event.data
  if (request.kind === 'load') {
    index = loadIndex(Supercluster, request.coordinates)
    return
  }
  if (index === null) return
  const reply: ClusterReply = { id: request.id, items: itemsIn(index, request.bbox, request.zoom) }
  self.postMessage(reply)
})
