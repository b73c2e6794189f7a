import { memo, useMemo } from 'react'
import { Circle, CircleMarker, Marker, Polyline } from 'react-leaflet'
import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet'
import type { Enterprise } from '../domain/enterprise'
import type { IndustrySlot } from '../domain/industry-style'
import type { DisplayPosition } from './use-display-positions'
import { markerIcon, type PinState } from './marker-icons'

interface EnterpriseMarkerProps {
  readonly enterprise: Enterprise
  readonly slot: IndustrySlot
  readonly display: DisplayPosition
  readonly label: string
  readonly state: PinState
  readonly onSelect: (id: string) => void
  readonly registerMarker: (id: string, marker: LeafletMarker | null) => void
}

/** Radius of the halo drawn round a point known only to within a town. */
const TOWN_HALO_METRES = 5000

const LEADER_STYLE = { color: '#334155', weight: 1.5, opacity: 0.8, interactive: false } as const
const TRUE_POINT_STYLE = {
  color: '#334155',
  weight: 1,
  fillColor: '#ffffff',
  fillOpacity: 1,
  interactive: false,
} as const
const HALO_STYLE = {
  color: '#1f2937',
  weight: 1,
  dashArray: '4 4',
  fillColor: '#64748b',
  fillOpacity: 0.15,
  interactive: false,
} as const

export const EnterpriseMarker = memo(function EnterpriseMarker({
  enterprise,
  slot,
  display,
  label,
  state,
  onSelect,
  registerMarker,
}: EnterpriseMarkerProps) {
  const { id, precision } = enterprise
  const eventHandlers = useMemo(
    () => ({
      click: () => {
        onSelect(id)
      },
      // Leaflet markers are focusable but do not turn Enter or Space into a click.
      keypress: (event: LeafletKeyboardEvent) => {
        const key = event.originalEvent.key
        if (key === 'Enter' || key === ' ') {
          event.originalEvent.preventDefault()
          onSelect(id)
        }
      },
    }),
    [id, onSelect],
  )
  const truePoint = useMemo(
    () => [enterprise.position.lat, enterprise.position.lng] as [number, number],
    [enterprise.position],
  )
  const drawnPoint = useMemo(
    () => [display.position.lat, display.position.lng] as [number, number],
    [display.position],
  )
  const leader = useMemo(() => [truePoint, drawnPoint], [truePoint, drawnPoint])
  const ref = useMemo(
    () => (marker: LeafletMarker | null) => {
      registerMarker(id, marker)
    },
    [id, registerMarker],
  )

  return (
    <>
      {precision === 'town' && (
        <Circle center={truePoint} radius={TOWN_HALO_METRES} pathOptions={HALO_STYLE} />
      )}
      {display.displaced && (
        <>
          <Polyline positions={leader} pathOptions={LEADER_STYLE} />
          <CircleMarker center={truePoint} radius={3} pathOptions={TRUE_POINT_STYLE} />
        </>
      )}
      <Marker
        // react-leaflet sets title and alt only at creation; a new label needs a new marker.
        key={label}
        ref={ref}
        position={drawnPoint}
        icon={markerIcon(slot, precision === 'city', state)}
        title={label}
        alt={label}
        keyboard
        // Focus (Tab, or the card handing focus back) must never slide the map under the pointer.
        autoPanOnFocus={false}
        riseOnHover
        zIndexOffset={state === 'normal' ? 0 : 1000}
        eventHandlers={eventHandlers}
      />
    </>
  )
})
