import { Icon } from 'leaflet'
import type { IndustrySlot } from '../domain/industry-style'
import { markerImageUrl } from '../marker-image'

const SIZE: [number, number] = [28, 40]
const ANCHOR: [number, number] = [14, 39]
const cache = new Map<string, Icon>()

/**
 * One shared Icon per look: react-leaflet calls setIcon whenever the icon prop's identity
 * changes, so icons must not be rebuilt on render.
 */
export function markerIcon(slot: IndustrySlot, approximate: boolean, selected: boolean): Icon {
  const key = `${String(slot)}-${String(approximate)}-${String(selected)}`
  let icon = cache.get(key)
  if (icon === undefined) {
    icon = new Icon({
      iconUrl: markerImageUrl(slot, approximate),
      iconSize: SIZE,
      iconAnchor: ANCHOR,
      className: ['tm-pin', approximate && 'tm-pin--approximate', selected && 'tm-pin--selected']
        .filter(Boolean)
        .join(' '),
    })
    cache.set(key, icon)
  }
  return icon
}

/** Pixels within which two pins would cover each other, a little more than a pin's width. */
export const PIN_CLEARANCE_PX = 34
