import type { Enterprise } from '../domain/enterprise'
import type { IndustrySlot } from '../domain/industry-style'
import { FeatureShapes } from './FeatureShapes'
import { FitSelectedShape } from './FitSelectedShape'

interface ShapeLayersProps {
  readonly enterprises: readonly Enterprise[]
  readonly selected: Enterprise | null
  readonly industrySlots: ReadonlyMap<string, IndustrySlot>
  readonly selectedId: string | null
  readonly highlightedId: string | null
  readonly onSelect: (id: string) => void
}

/**
 * Everything the map does for lines and areas: drawing them and framing the chosen one. Loaded
 * only for data that has shapes (TourMap.tsx), so the built-in tour's points never download it.
 */
export default function ShapeLayers({ selected, ...shapes }: ShapeLayersProps) {
  return (
    <>
      <FitSelectedShape selected={selected} />
      <FeatureShapes {...shapes} />
    </>
  )
}
