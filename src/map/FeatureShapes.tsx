import { memo, useMemo } from 'react'
import { CircleMarker, Polygon, Polyline } from 'react-leaflet'
import { svg, type PathOptions, type SVG } from 'leaflet'
import type { Position } from 'geojson'
import type { Enterprise } from '../domain/enterprise'
import { shapeParts, type FeatureShape } from '../domain/feature-shape'
import { INDUSTRY_PALETTE, type IndustrySlot } from '../domain/industry-style'

interface FeatureShapesProps {
  /** The features that pass the filter; those with a line or an area are drawn here. */
  readonly enterprises: readonly Enterprise[]
  readonly industrySlots: ReadonlyMap<string, IndustrySlot>
  readonly selectedId: string | null
  readonly highlightedId: string | null
  readonly onSelect: (id: string) => void
}

/**
 * Lines and areas of other people's data, coloured by group, in one SVG layer; clicking a shape
 * selects its feature like its pin does. The pin (on the shape's representative point) is what
 * the keyboard and list reach. SVG, not Canvas: the build leaves Leaflet's Canvas renderer out of
 * the first view (scripts/trim-leaflet.ts), and a shared SVG layer keeps thousands of buildings
 * usable (each path is one element; panning moves the layer, not the paths).
 */
export function FeatureShapes({
  enterprises,
  industrySlots,
  selectedId,
  highlightedId,
  onSelect,
}: FeatureShapesProps) {
  const renderer = useMemo(() => svg({ padding: 0.5 }), [])
  const shaped = useMemo(() => enterprises.filter((e) => e.shape !== undefined), [enterprises])
  return (
    <>
      {shaped.map((e) =>
        e.shape === undefined ? null : (
          <FeatureShapeLayer
            key={e.id}
            id={e.id}
            shape={e.shape}
            colour={INDUSTRY_PALETTE[industrySlots.get(e.industry) ?? 0]?.colour ?? '#0072B2'}
            emphasis={e.id === selectedId ? 'selected' : e.id === highlightedId ? 'lit' : 'normal'}
            renderer={renderer}
            onSelect={onSelect}
          />
        ),
      )}
    </>
  )
}

interface FeatureShapeLayerProps {
  readonly id: string
  readonly shape: FeatureShape
  readonly colour: string
  readonly emphasis: 'normal' | 'lit' | 'selected'
  readonly renderer: SVG
  readonly onSelect: (id: string) => void
}

const WEIGHT = { normal: 2, lit: 4, selected: 5 } as const
const FILL = { normal: 0.2, lit: 0.35, selected: 0.45 } as const

const FeatureShapeLayer = memo(function FeatureShapeLayer({
  id,
  shape,
  colour,
  emphasis,
  renderer,
  onSelect,
}: FeatureShapeLayerProps) {
  const parts = useMemo(() => {
    const { points, lines, polygons } = shapeParts(shape)
    return {
      points: points.map(latLng),
      lines: lines.map((line) => line.map(latLng)),
      polygons: polygons.map((polygon) => polygon.map((ring) => ring.map(latLng))),
    }
  }, [shape])
  const style: PathOptions = useMemo(
    () => ({
      color: emphasis === 'normal' ? colour : '#111827',
      fillColor: colour,
      weight: WEIGHT[emphasis],
      fillOpacity: FILL[emphasis],
    }),
    [colour, emphasis],
  )
  const eventHandlers = useMemo(
    () => ({
      click: () => {
        onSelect(id)
      },
    }),
    [id, onSelect],
  )
  return (
    <>
      {parts.polygons.length > 0 && (
        <Polygon
          positions={parts.polygons}
          renderer={renderer}
          pathOptions={style}
          eventHandlers={eventHandlers}
        />
      )}
      {parts.lines.length > 0 && (
        <Polyline
          positions={parts.lines}
          renderer={renderer}
          pathOptions={{ ...style, weight: style.weight ?? 2 + 1 }}
          eventHandlers={eventHandlers}
        />
      )}
      {parts.points.map((point, i) => (
        <CircleMarker
          key={i}
          center={point}
          radius={5}
          renderer={renderer}
          pathOptions={style}
          eventHandlers={eventHandlers}
        />
      ))}
    </>
  )
})

function latLng(p: Position): [number, number] {
  return [p[1] ?? 0, p[0] ?? 0]
}
