import { Icon } from 'leaflet'
import pinUrl from './assets/pin.svg'
import pinSelectedUrl from './assets/pin-selected.svg'

// Built once at module load: react-leaflet calls setIcon whenever the icon prop's identity changes.
export const pinIcon = new Icon({
  iconUrl: pinUrl,
  iconSize: [28, 40],
  iconAnchor: [14, 39],
  className: 'tm-pin',
})

export const selectedPinIcon = new Icon({
  iconUrl: pinSelectedUrl,
  iconSize: [34, 48],
  iconAnchor: [17, 47],
  className: 'tm-pin tm-pin--selected',
})

/** Pixels within which two pins would cover each other, roughly a pin's width. */
export const PIN_CLEARANCE_PX = 34
