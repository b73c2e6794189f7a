import 'leaflet/dist/leaflet.css'
import './tour-map.css'
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type Ref,
  type RefObject,
} from 'react'
import { MapInTransition } from './MapInTransition'
import type { Marker as LeafletMarker } from 'leaflet'
import { config } from '../config'
import type { District } from '../domain/districts'
import { outlineHighlight } from '../domain/district-highlight'
import type { Enterprise } from '../domain/enterprise'
import type { IndustrySlot } from '../domain/industry-style'
import type { MapView } from '../domain/map-view'
import { Basemap } from './Basemap'
import { BasemapNotice } from './BasemapNotice'
import { useBasemapChoice } from './use-basemap-choice'
import { FIT_PADDING, boundsOf, fitMaxZoom, outlineBounds, shapeBounds } from './bounds'
import { DistrictOutlines } from './DistrictOutlines'
import { EnterpriseMarker } from './EnterpriseMarker'
import { FitToEnterprises } from './FitToEnterprises'
import { InvalidateOnResize } from './InvalidateOnResize'
import type { PinState } from './marker-icons'
import { prefersReducedMotion } from './reduced-motion'
import { focusQuietly } from './focus-quietly'
import { RevealFocused } from './RevealFocused'
import { RevealSelected } from './RevealSelected'
import { TrackView } from './TrackView'
import { ClusterMarker } from './ClusterMarker'
import { useClusters } from './use-clusters'
import { useDisplayLayout } from './use-display-positions'

// Lines and areas of other people's data; the built-in tour (points only) never loads them.
const ShapeLayers = lazy(() => import('./ShapeLayers'))

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
  /** A cluster marker's accessible name, e.g. "12 enterprises: zoom in". */
  readonly clusterLabel: (count: number) => string
  /** County-level outlines of the toured city; empty when they are not available. */
  readonly districts: readonly District[]
  readonly industrySlots: ReadonlyMap<string, IndustrySlot>
  /** Camera from a shared link; null frames all enterprises. Read once, at mount. */
  readonly initialView: MapView | null
  readonly onViewChange: (view: MapView) => void
  /** The selected enterprise's card; the selected pin is kept out from under it. */
  readonly coverRef: RefObject<HTMLElement | null>
  readonly ref?: Ref<TourMapHandle>
  /** Called once the first outlines and pins are on the map (MapRegion keeps its picture till then). */
  readonly onDrawn?: () => void
}

export function TourMap({
  allEnterprises,
  enterprises,
  selectedId,
  highlightedId,
  onSelect,
  labelOf,
  clusterLabel,
  districts,
  industrySlots,
  initialView,
  onViewChange,
  coverRef,
  ref,
  onDrawn,
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
        // Quietly: neither pans the map nor scrolls its overflow-hidden container under Leaflet.
        focusQuietly(markers.current.get(id)?.getElement())
      },
    }),
    [],
  )
  // The map reads its view props once; later datasets are framed by FitToEnterprises.
  const [startView] = useState(initialView)
  const [animate] = useState(() => !prefersReducedMotion())
  const initialBounds = useMemo(() => boundsOf(allEnterprises), [allEnterprises])
  const hasShapes = useMemo(
    () => allEnterprises.some((e) => e.shape !== undefined),
    [allEnterprises],
  )
  const selected =
    selectedId === null ? null : (enterprises.find((e) => e.id === selectedId) ?? null)
  const highlight = outlineHighlight(selected, districts)
  const districtId = highlight.kind === 'district' ? highlight.districtId : null
  // A line or an area is kept in view with its pin, as a district's outline is.
  const outline = useMemo(
    () =>
      selected?.shape === undefined
        ? outlineBounds(districts.find((d) => d.id === districtId))
        : shapeBounds(selected),
    [districtId, districts, selected],
  )
  const markerOf = useCallback((id: string) => markers.current.get(id), [])
  const basemap = useBasemapChoice(config.tileProviders)

  return (
    <>
      <BasemapNotice choice={basemap} />
      <MapInTransition
        className="tm-map"
        {...(startView === null
          ? {
              bounds: initialBounds,
              boundsOptions: { padding: FIT_PADDING, maxZoom: fitMaxZoom(initialBounds) },
            }
          : { center: [startView.lat, startView.lng] as [number, number], zoom: startView.zoom })}
        scrollWheelZoom
        zoomAnimation={animate}
        fadeAnimation={animate}
        markerZoomAnimation={animate}
      >
        <Basemap provider={basemap.current} onUnreachable={basemap.giveUp} />
        <InvalidateOnResize />
        <TrackView onViewChange={onViewChange} />
        <DistrictOutlines districts={districts} highlight={highlight} />
        <FitToEnterprises enterprises={allEnterprises} />
        <RevealFocused coverRef={coverRef} />
        <RevealSelected
          enterprise={selected}
          outline={outline}
          coverRef={coverRef}
          markerOf={markerOf}
        />
        {hasShapes && (
          <Suspense fallback={null}>
            <ShapeLayers
              enterprises={enterprises}
              selected={selected}
              industrySlots={industrySlots}
              selectedId={selectedId}
              highlightedId={highlightedId}
              onSelect={onSelect}
            />
          </Suspense>
        )}
        <Markers
          enterprises={enterprises}
          industrySlots={industrySlots}
          selectedId={selectedId}
          highlightedId={highlightedId}
          labelOf={labelOf}
          clusterLabel={clusterLabel}
          onSelect={onSelect}
          registerMarker={registerMarker}
        />
        <WhenDrawn onDrawn={onDrawn} />
      </MapInTransition>
    </>
  )
}

/** Last among the map's layers: its effect runs after theirs have added them to the map. */
function WhenDrawn({ onDrawn }: { readonly onDrawn: (() => void) | undefined }) {
  useEffect(() => {
    onDrawn?.()
  }, [onDrawn])
  return null
}

interface MarkersProps {
  readonly enterprises: readonly Enterprise[]
  readonly industrySlots: ReadonlyMap<string, IndustrySlot>
  readonly selectedId: string | null
  readonly highlightedId: string | null
  readonly labelOf: (enterprise: Enterprise) => string
  readonly clusterLabel: (count: number) => string
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
  clusterLabel,
  onSelect,
  registerMarker,
}: MarkersProps) {
  const view = useClusters(enterprises)
  // The selected enterprise keeps its own pin even inside a cluster, so its card has an anchor.
  const points = useMemo(() => {
    if (selectedId === null || view.points.some((e) => e.id === selectedId)) return view.points
    const selected = enterprises.find((e) => e.id === selectedId)
    return selected === undefined ? view.points : [...view.points, selected]
  }, [view.points, enterprises, selectedId])
  const { positions, crowds } = useDisplayLayout(points, selectedId)
  const pins = points.map((enterprise) => {
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
  return (
    <>
      {view.clusters.map((cluster) => (
        <ClusterMarker key={cluster.id} cluster={cluster} label={clusterLabel(cluster.count)} />
      ))}
      {crowds.map((crowd) => (
        <ClusterMarker
          key={crowd.id}
          cluster={crowd}
          label={clusterLabel(crowd.count)}
          maxZoom={crowd.expansionZoom}
        />
      ))}
      {pins}
    </>
  )
}
