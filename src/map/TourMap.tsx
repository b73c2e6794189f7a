import 'leaflet/dist/leaflet.css'
import './tour-map.css'
import { useCallback, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react'
import { MapContainer, TileLayer } from 'react-leaflet'
import type { Marker as LeafletMarker } from 'leaflet'
import { config } from '../config'
import { outlineHighlight, type District } from '../domain/districts'
import type { Enterprise } from '../domain/enterprise'
import type { IndustrySlot } from '../domain/industry-style'
import type { MapView } from '../state/view-state'
import { FIT_MAX_ZOOM, FIT_PADDING, boundsOf } from './bounds'
import { DistrictOutlines } from './DistrictOutlines'
import { EnterpriseMarker } from './EnterpriseMarker'
import { FitToEnterprises } from './FitToEnterprises'
import { InvalidateOnResize } from './InvalidateOnResize'
import type { PinState } from './marker-icons'
import { prefersReducedMotion } from './reduced-motion'
import { RevealSelected } from './RevealSelected'
import { TrackView } from './TrackView'
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
  /** Lit up from outside, e.g. while the pointer is over its list entry. */
  readonly highlightedId: string | null
  readonly onSelect: (id: string) => void
  /** The marker's accessible name, in the reader's language. */
  readonly labelOf: (enterprise: Enterprise) => string
  /** County-level outlines of the toured city; empty when they are not available. */
  readonly districts: readonly District[]
  readonly industrySlots: ReadonlyMap<string, IndustrySlot>
  /** Camera from a shared link; null frames all enterprises. Read once, at mount. */
  readonly initialView: MapView | null
  readonly onViewChange: (view: MapView) => void
  readonly ref?: Ref<TourMapHandle>
}

export function TourMap({
  allEnterprises,
  enterprises,
  selectedId,
  highlightedId,
  onSelect,
  labelOf,
  districts,
  industrySlots,
  initialView,
  onViewChange,
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
  // MapContainer reads its view props once; later datasets are framed by FitToEnterprises.
  const [startView] = useState(initialView)
  const [animate] = useState(() => !prefersReducedMotion())
  const initialBounds = useMemo(() => boundsOf(allEnterprises), [allEnterprises])
  const selected = enterprises.find((e) => e.id === selectedId) ?? null

  return (
    <MapContainer
      className="tm-map"
      {...(startView === null
        ? { bounds: initialBounds, boundsOptions: { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM } }
        : { center: [startView.lat, startView.lng] as [number, number], zoom: startView.zoom })}
      scrollWheelZoom
      zoomAnimation={animate}
      fadeAnimation={animate}
      markerZoomAnimation={animate}
    >
      <TileLayer url={config.tileUrl} attribution={config.tileAttribution} />
      <InvalidateOnResize />
      <TrackView onViewChange={onViewChange} />
      <DistrictOutlines districts={districts} highlight={outlineHighlight(selected, districts)} />
      <FitToEnterprises enterprises={allEnterprises} skipFirst={startView !== null} />
      <RevealSelected enterprise={selected} />
      <Markers
        enterprises={enterprises}
        industrySlots={industrySlots}
        selectedId={selectedId}
        highlightedId={highlightedId}
        labelOf={labelOf}
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
  readonly highlightedId: string | null
  readonly labelOf: (enterprise: Enterprise) => string
  readonly onSelect: (id: string) => void
  readonly registerMarker: (id: string, marker: LeafletMarker | null) => void
}

function pinState(id: string, selectedId: string | null, highlightedId: string | null): PinState {
  if (id === selectedId) return 'selected'
  return id === highlightedId ? 'highlighted' : 'normal'
}

function Markers({
  enterprises,
  industrySlots,
  selectedId,
  highlightedId,
  labelOf,
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
        label={labelOf(enterprise)}
        state={pinState(enterprise.id, selectedId, highlightedId)}
        onSelect={onSelect}
        registerMarker={registerMarker}
      />
    )
  })
}
