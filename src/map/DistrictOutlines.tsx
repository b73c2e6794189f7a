import { useMemo } from 'react'
import { Polygon } from 'react-leaflet'
import type { District } from '../domain/districts'
import type { OutlineHighlight } from '../domain/district-highlight'

const BASE_STYLE = {
  color: '#64748b',
  weight: 1,
  opacity: 0.7,
  fill: false,
  interactive: false,
} as const
const HIGHLIGHT_STYLE = {
  color: '#b45309',
  weight: 3,
  opacity: 0.95,
  fill: true,
  fillColor: '#f59e0b',
  fillOpacity: 0.12,
  interactive: false,
} as const

interface DistrictOutlinesProps {
  readonly districts: readonly District[]
  readonly highlight: OutlineHighlight
}

/** County-level outlines drawn under the markers; they also stand in for a basemap offline. */
export function DistrictOutlines({ districts, highlight }: DistrictOutlinesProps) {
  const shapes = useMemo(
    () =>
      districts.map((district) => ({
        id: district.id,
        positions: district.polygons.map((rings) =>
          rings.map((ring) => ring.map(([lng, lat]) => [lat, lng] as [number, number])),
        ),
      })),
    [districts],
  )
  return shapes.map(({ id, positions }) => {
    const lit =
      highlight.kind === 'city' || (highlight.kind === 'district' && highlight.districtId === id)
    return (
      <Polygon key={id} positions={positions} pathOptions={lit ? HIGHLIGHT_STYLE : BASE_STYLE} />
    )
  })
}
