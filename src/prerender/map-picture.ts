import type { District } from '../domain/districts'
import type { Dataset } from '../domain/enterprise'
import { assignIndustrySlots } from '../domain/industry-style'
import { countIndustries } from '../domain/filter'
import { spreadOverlapping } from '../domain/spread-overlapping'
import { pinSvg } from './pin-svg'

// The frame the map first shows (src/map/FitToEnterprises.tsx): the enterprises' box with 32 px
// around it, in Web Mercator at the whole zoom where that box fits a phone's map. The picture is
// drawn in that zoom's pixels, so its pins are the map's size when shown at about 1:1.
const PADDING = 32
const PHONE_MAP = { width: 390, height: 480 }
const TILE = 256
// As the map fans out pins that would hide each other (src/map/marker-icons.ts PIN_CLEARANCE_PX).
const PIN_CLEARANCE = 46
// Half the picture's size at most, each way (outlines further out are cut).
const MAX_REACH = 1200
// Outline points closer than this to the last one kept (in the picture's pixels) are left out.
const OUTLINE_STEP = 1.5

function mercator(lng: number, lat: number): readonly [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180)
  return [(lng + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)]
}

const round = (n: number) => Math.round(n * 10) / 10

/**
 * The map as a picture, for the prerendered page's map region until Leaflet has drawn it (and
 * where scripts do not run): the district outlines and every enterprise's pin, at the zoom and
 * centre the map first shows on a phone. The page shows it at its own size, centred in the map's
 * region, so it is the first view's largest paint instead of a map tile that needs the map's code
 * first (issue #9). An SVG string, written by scripts/prerender.ts.
 */
export function renderMapPictureSvg(dataset: Dataset, districts: readonly District[]): string {
  const points = dataset.enterprises.map((e) => mercator(e.position.lng, e.position.lat))
  if (points.length === 0) throw new Error('A map picture needs at least one enterprise')
  const xs = points.map((p) => p[0])
  const ys = points.map((p) => p[1])
  const [west, east, north, south] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ]
  const fit = Math.min(
    (PHONE_MAP.width - 2 * PADDING) / Math.max((east - west) * TILE, 1e-9),
    (PHONE_MAP.height - 2 * PADDING) / Math.max((south - north) * TILE, 1e-9),
  )
  const zoom = Math.min(Math.floor(Math.log2(fit)), 12)
  const scale = TILE * 2 ** zoom
  // Centred on the frame, as the map is: drawn at 1:1 (object-fit: none) in a region of any size,
  // it then lies where the map will draw the same zoom.
  const [cx, cy] = [((west + east) / 2) * scale, ((north + south) / 2) * scale]
  const fromCentre = (lng: number, lat: number) => {
    const [x, y] = mercator(lng, lat)
    return [x * scale - cx, y * scale - cy] as const
  }
  const rings = districts.flatMap((district) =>
    district.polygons.flatMap((polygon) =>
      polygon.map((ring) => {
        const kept: (readonly [number, number])[] = []
        for (const [lng, lat] of ring) {
          const at = fromCentre(lng, lat)
          const last = kept.at(-1)
          if (last === undefined || Math.hypot(at[0] - last[0], at[1] - last[1]) >= OUTLINE_STEP)
            kept.push(at)
        }
        return kept
      }),
    ),
  )
  // Wide enough for the frame and every outline, each way from the centre.
  const reach = (axis: 0 | 1, frame: number) =>
    Math.min(
      Math.max(
        frame / 2 + PADDING,
        ...rings.flatMap((ring) => ring.map((at) => Math.abs(at[axis]))),
      ),
      MAX_REACH,
    )
  const [halfWidth, halfHeight] = [
    Math.ceil(reach(0, (east - west) * scale)),
    Math.ceil(reach(1, (south - north) * scale)),
  ]
  const project = (lng: number, lat: number) => {
    const [x, y] = fromCentre(lng, lat)
    return [x + halfWidth, y + halfHeight] as const
  }
  const outlines = rings.map(
    (ring) =>
      `M${ring.map(([x, y]) => `${String(round(x + halfWidth))} ${String(round(y + halfHeight))}`).join('L')}Z`,
  )
  const slots = assignIndustrySlots(countIndustries(dataset.enterprises).map((c) => c.industry))
  const spots = dataset.enterprises.map((e) => {
    const [x, y] = project(e.position.lng, e.position.lat)
    return { e, id: e.id, x, y }
  })
  const offsets = spreadOverlapping(spots, PIN_CLEARANCE)
  // A fanned-out pin is joined to its true spot, as on the map; southern pins are drawn last, so
  // that a pin's tip is never drawn over by the pin above it.
  const pins = spots
    .map((spot) => {
      const offset = offsets.get(spot.id) ?? { dx: 0, dy: 0 }
      return {
        ...spot,
        tipX: spot.x + offset.dx,
        tipY: spot.y + offset.dy,
        moved: offsets.has(spot.id),
      }
    })
    .sort((a, b) => a.tipY - b.tipY)
  const leaders = pins
    .filter((pin) => pin.moved)
    .map(
      (pin) =>
        `<path d="M${String(round(pin.x))} ${String(round(pin.y))}L${String(round(pin.tipX))} ${String(round(pin.tipY))}" stroke="#334155" stroke-width="1.2"/><circle cx="${String(round(pin.x))}" cy="${String(round(pin.y))}" r="3" fill="#ffffff" stroke="#334155" stroke-width="1.2"/>`,
    )
  const drawn = pins.map(
    (pin) =>
      `<g transform="translate(${String(round(pin.tipX - 14))} ${String(round(pin.tipY - 39))})">${pinSvg(slots.get(pin.e.industry) ?? 0, pin.e.precision === 'city')}</g>`,
  )
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(2 * halfWidth)}" height="${String(2 * halfHeight)}" viewBox="0 0 ${String(2 * halfWidth)} ${String(2 * halfHeight)}">`,
    `<path d="${outlines.join('')}" fill="#64748b" fill-opacity="0.08" stroke="#64748b" stroke-width="1.5" stroke-linejoin="round"/>`,
    ...leaders,
    ...drawn,
    '</svg>\n',
  ].join('')
}
