import { memo, useMemo } from 'react'
import { CircleMarker, Marker, Polyline } from 'react-leaflet'
import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet'
import type { Enterprise } from '../domain/enterprise'
import type { DisplayPosition } from './use-display-positions'
import { pinIcon, selectedPinIcon } from './marker-icons'

interface EnterpriseMarkerProps {
  readonly enterprise: Enterprise
  readonly display: DisplayPosition
  readonly selected: boolean
  readonly onSelect: (id: string) => void
  readonly registerMarker: (id: string, marker: LeafletMarker | null) => void
}

const LEADER_STYLE = { color: '#334155', weight: 1.5, opacity: 0.8, interactive: false } as const
const TRUE_POINT_STYLE = {
  color: '#334155',
  weight: 1,
  fillColor: '#ffffff',
  fillOpacity: 1,
  interactive: false,
} as const

export const EnterpriseMarker = memo(function EnterpriseMarker({
  enterprise,
  display,
  selected,
  onSelect,
  registerMarker,
}: EnterpriseMarkerProps) {
  const { id, name } = enterprise
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
      {display.displaced && (
        <>
          <Polyline positions={leader} pathOptions={LEADER_STYLE} />
          <CircleMarker center={truePoint} radius={3} pathOptions={TRUE_POINT_STYLE} />
        </>
      )}
      <Marker
        ref={ref}
        position={drawnPoint}
        icon={selected ? selectedPinIcon : pinIcon}
        title={name}
        alt={name}
        keyboard
        riseOnHover
        zIndexOffset={selected ? 1000 : 0}
        eventHandlers={eventHandlers}
      />
    </>
  )
})
