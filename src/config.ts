import { rootPath } from './site'

/** A basemap tile service; the map falls back along the list when one cannot be reached. */
export interface TileProvider {
  readonly id: string
  readonly name: string
  readonly url: string
  readonly attribution: string
  readonly subdomains?: string
  /** Labels drawn over the base layer (Tianditu serves them separately). */
  readonly labelsUrl?: string
}

const env = import.meta.env
const OSM_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'
const OSM_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'

function tianditu(key: string): TileProvider {
  // vec_w/cva_w are Web Mercator like OpenStreetMap, and CGCS2000 is within centimetres of
  // WGS-84, so no datum shift is needed.
  const base = 'https://t{s}.tianditu.gov.cn/DataServer?x={x}&y={y}&l={z}'
  return {
    id: 'tianditu',
    name: 'Tianditu',
    url: `${base}&T=vec_w&tk=${encodeURIComponent(key)}`,
    labelsUrl: `${base}&T=cva_w&tk=${encodeURIComponent(key)}`,
    subdomains: '01234567',
    attribution: '© <a href="https://www.tianditu.gov.cn/">天地图 Tianditu</a>',
  }
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? ''
  return trimmed === '' ? null : trimmed
}

/** Deploy-time settings, read from Vite env variables (see .env); no code change needed. */
export const config = {
  tileProviders: [
    {
      id: 'primary',
      name: env.VITE_TILE_NAME ?? 'OpenStreetMap',
      url: env.VITE_TILE_URL ?? OSM_URL,
      attribution: env.VITE_TILE_ATTRIBUTION ?? OSM_ATTRIBUTION,
    },
    ...(env.VITE_TIANDITU_KEY ? [tianditu(env.VITE_TIANDITU_KEY)] : []),
  ] satisfies TileProvider[],
  /** The maintainers' corrections address (README "Corrections"); null shows only Copy. */
  correctionsUrl: nonEmpty(env.VITE_CORRECTIONS_URL),
  /** From the site's root, so the app also works under a sub-path and on every page folder. */
  defaultDatasetUrl: `${rootPath}data/enterprises.geojson`,
} as const
