import { latLngBounds, type LatLngBounds } from 'leaflet'
import type { Enterprise } from '../domain/enterprise'

export const FIT_PADDING: [number, number] = [32, 32]

/** Closest zoom when framing, so a one-enterprise dataset does not zoom to street level. */
export const FIT_MAX_ZOOM = 12

export function boundsOf(enterprises: readonly Enterprise[]): LatLngBounds {
  return latLngBounds(enterprises.map((e) => [e.position.lat, e.position.lng] as [number, number]))
}
