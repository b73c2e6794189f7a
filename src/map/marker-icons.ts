import { Icon } from 'leaflet'
import type { IndustrySlot } from '../domain/industry-style'
import { markerImageUrl } from '../marker-image'

/** The pin image is 44×48 with the 28×40 pin inside, so the touch target is 44 px wide. */
const SIZE: [number, number] = [44, 48]
const ANCHOR: [number, number] = [22, 43]
const cache = new Map<string, Icon>()

/** How a pin is drawn: as it is, lit up from its list entry, or as the open card's. */
export type PinState = 'normal' | 'highlighted' | 'selected'

/**
 * One shared Icon per look: react-leaflet calls setIcon whenever the icon prop's identity
 * changes, so icons must not be rebuilt on render.
 */
export function markerIcon(slot: IndustrySlot, approximate: boolean, state: PinState): Icon {
  const key = `${String(slot)}-${String(approximate)}-${state}`
  let icon = cache.get(key)
  if (icon === undefined) {
    icon = new Icon({
      iconUrl: markerImageUrl(slot, approximate),
      iconSize: SIZE,
      iconAnchor: ANCHOR,
      className: [
        'tm-pin',
        approximate && 'tm-pin--approximate',
        state !== 'normal' && `tm-pin--${state}`,
      ]
        .filter(Boolean)
        .join(' '),
    })
    cache.set(key, icon)
  }
  return icon
}

/** Pixels within which two pins' touch targets would overlap. */
export const PIN_CLEARANCE_PX = 46
