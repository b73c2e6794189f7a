import {
  createLeafletContext,
  LeafletContext,
  type LeafletContextInterface,
} from '@react-leaflet/core'
import {
  Map as LeafletMap,
  type FitBoundsOptions,
  type LatLngBoundsExpression,
  type LatLngExpression,
  type MapOptions,
} from 'leaflet'
import { startTransition, useCallback, useEffect, useRef, useState, type ReactNode } from 'react'

interface MapInTransitionProps extends MapOptions {
  readonly className: string
  readonly children: ReactNode
  /** The first view: a box to fit, or a centre and zoom. Read once, as Leaflet reads them. */
  readonly bounds?: LatLngBoundsExpression
  readonly boundsOptions?: FitBoundsOptions
  readonly center?: LatLngExpression
  readonly zoom?: number
}

/**
 * react-leaflet's MapContainer, with one difference: the map's layers (its children) mount in a
 * transition. MapContainer hands them the map by setting state from the ref callback that
 * creates it, which React renders at once, in the same task: creating the map, adding its tiles,
 * outlines and pins and running their effects made one task of 350–600 ms on a phone-speed CPU,
 * the longest of the first view (issue #9's Total Blocking Time). Here the map is created in
 * the commit that inserts its element, and its layers follow in tasks of their own.
 */
export function MapInTransition({
  className,
  children,
  bounds,
  boundsOptions,
  center,
  zoom,
  ...options
}: MapInTransitionProps) {
  const [first] = useState(() => ({ bounds, boundsOptions, center, zoom, options }))
  const [context, setContext] = useState<LeafletContextInterface | null>(null)
  const created = useRef<LeafletMap | null>(null)
  const createMap = useCallback(
    (node: HTMLDivElement | null) => {
      // StrictMode attaches the ref twice; the map is created once.
      if (node === null || created.current !== null) return
      const map = new LeafletMap(node, first.options)
      created.current = map
      if (first.center !== undefined && first.zoom !== undefined)
        map.setView(first.center, first.zoom)
      else if (first.bounds !== undefined) map.fitBounds(first.bounds, first.boundsOptions)
      const leaflet = createLeafletContext(map)
      startTransition(() => {
        setContext(leaflet)
      })
    },
    [first],
  )
  useEffect(
    () => () => {
      context?.map.remove()
    },
    [context],
  )
  return (
    <div className={className} ref={createMap}>
      {context !== null && <LeafletContext value={context}>{children}</LeafletContext>}
    </div>
  )
}
