import 'leaflet/dist/leaflet.css'
import './tour-map.css'
import { useCallback, useImperativeHandle, useMemo, useRef, type Ref } from 'react'
import { MapContainer, TileLayer } from 'react-leaflet'
import type { Marker as LeafletMarker } from 'leaflet'
import { config } from '../config'
import { outlineHighlight, type District } from '../domain/districts'
import type { Enterprise } from '../domain/enterprise'
import type { IndustrySlot } from '../domain/industry-style'
import { DistrictOutlines } from './DistrictOutlines'
import { EnterpriseMarker } from './EnterpriseMarker'
import { FIT_MAX_ZOOM, FIT_PADDING, boundsOf } from './bounds'
import { FitToEnterprises } from './FitToEnterprises'
import { InvalidateOnResize } from './InvalidateOnResize'
import { RevealSelected } from './RevealSelected'
import { useDisplayPositions } from './use-display-positions'

export interface TourMapHandle {
  /** Moves keyboard focus to an enterprise's marker, e.g. when its card closes. */
  focusMarker: (id: string) => void
}

interface TourMapProps {
  /** Every enterprise of the dataset; frames the initial view. */
  readonly allEnterprises: readonly Enterprise[]
  /** The enterprises that pass the filter; one marker each. */
  readonly enterprises: readonly Enterprise[]
  readonly selectedId: string | null
  readonly onSelect: (id: string) => void
  /** County-level outlines of the toured city; empty when they are not available. */
  readonly districts: readonly District[]
  readonly industrySlots: ReadonlyMap<string, IndustrySlot>
  readonly ref?: Ref<TourMapHandle>
}

export function TourMap({
  allEnterprises,
  enterprises,
  selectedId,
  onSelect,
  districts,
  industrySlots,
  ref,
}: TourMapProps) {
  const markers = useRef(new Map<string, LeafletMarker>())
  const registerMarker = useCallback((id: string, marker: LeafletMarker | null) => {
    if (marker === null) markers.current.delete(id)
    else markers.current.set(id, marker)
  }, [])
  useImperativeHandle(
    ref,
    () => ({
      focusMarker: (id) => {
        markers.current.get(id)?.getElement()?.focus()
      },
    }),
    [],
  )
  // MapContainer reads its bounds once; later datasets are framed by FitToEnterprises.
  const initialBounds = useMemo(() => boundsOf(allEnterprises), [allEnterprises])
  const selected = enterprises.find((e) => e.id === selectedId) ?? null

  return (
    <MapContainer
      className="tm-map"
      bounds={initialBounds}
      boundsOptions={{ padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM }}
      scrollWheelZoom
    >
      <TileLayer url={config.tileUrl} attribution={config.tileAttribution} />
      <InvalidateOnResize />
      <DistrictOutlines districts={districts} highlight={outlineHighlight(selected, districts)} />
      <FitToEnterprises enterprises={allEnterprises} />
      <RevealSelected enterprise={selected} />
      <Markers
        enterprises={enterprises}
        industrySlots={industrySlots}
        selectedId={selectedId}
        onSelect={onSelect}
        registerMarker={registerMarker}
      />
    </MapContainer>
  )
}

interface MarkersProps {
  readonly enterprises: readonly Enterprise[]
  readonly industrySlots: ReadonlyMap<string, IndustrySlot>
  readonly selectedId: string | null
  readonly onSelect: (id: string) => void
  readonly registerMarker: (id: string, marker: LeafletMarker | null) => void
}

function Markers({
  enterprises,
  industrySlots,
  selectedId,
  onSelect,
  registerMarker,
}: MarkersProps) {
  const positions = useDisplayPositions(enterprises)
  return enterprises.map((enterprise) => {
    const display = positions.get(enterprise.id)
    if (display === undefined) return null
    return (
      <EnterpriseMarker
        key={enterprise.id}
        enterprise={enterprise}
        slot={industrySlots.get(enterprise.industry) ?? 0}
        display={display}
        selected={enterprise.id === selectedId}
        onSelect={onSelect}
        registerMarker={registerMarker}
      />
    )
  })
}
