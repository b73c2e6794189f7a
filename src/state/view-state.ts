import type { DaySelection, IndustrySelection } from '../domain/filter'
import type { CoordinateSystem } from '../domain/coordinate-system'
import type { Lang } from '../domain/lang'
import type { MapView } from '../domain/map-view'

/** Everything a link must reproduce. Lives in the query string; see README "State in the URL". */
export interface ViewState {
  readonly industries: IndustrySelection
  readonly days: DaySelection
  readonly query: string
  readonly selectedId: string | null
  readonly dataUrl: string | null
  /** null: follow the browser's language. */
  readonly lang: Lang | null
  readonly mapView: MapView | null
  readonly embed: boolean
  /** Other people's data: the property that labels features (`?label=`); null: `name` or the best guess. */
  readonly label: string | null
  /** Other people's data: the property that groups features (`?group=`); null: industry or a suggestion. */
  readonly group: string | null
  /** The datum of the data's coordinates (`?crs=gcj02`); WGS-84 unless the reader says otherwise. */
  readonly crs: CoordinateSystem
}

const INDUSTRY = 'industry'
const DAY = 'day'
const QUERY = 'q'
const ID = 'id'
const DATA = 'data'
const LANG = 'lang'
const MAP = 'map'
const EMBED = 'embed'
const LABEL = 'label'
const GROUP = 'group'
const CRS = 'crs'

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search)
  return {
    // `?industry=` with no value means "none ticked"; no parameter at all means "all".
    industries: readList(params, INDUSTRY),
    days: readList(params, DAY),
    query: params.get(QUERY) ?? '',
    selectedId: nonEmpty(params.get(ID)),
    dataUrl: nonEmpty(params.get(DATA)),
    lang: readLang(params.get(LANG)),
    mapView: readMapView(params.get(MAP)),
    embed: params.get(EMBED) === '1',
    label: nonEmpty(params.get(LABEL)),
    group: nonEmpty(params.get(GROUP)),
    crs: params.get(CRS)?.toLowerCase() === 'gcj02' ? 'gcj02' : 'wgs84',
  }
}

/** The query string after applying `patch`; parameters this app does not own are kept. */
export function writeViewState(search: string, patch: Partial<ViewState>): string {
  const params = new URLSearchParams(search)
  if ('industries' in patch) writeList(params, INDUSTRY, patch.industries ?? null)
  if ('days' in patch) writeList(params, DAY, patch.days ?? null)
  if ('query' in patch)
    setOrDelete(params, QUERY, patch.query === '' ? null : (patch.query ?? null))
  if ('selectedId' in patch) setOrDelete(params, ID, patch.selectedId ?? null)
  if ('dataUrl' in patch) setOrDelete(params, DATA, patch.dataUrl ?? null)
  if ('lang' in patch) setOrDelete(params, LANG, patch.lang ?? null)
  if ('mapView' in patch) setOrDelete(params, MAP, formatMapView(patch.mapView ?? null))
  if ('embed' in patch) setOrDelete(params, EMBED, patch.embed === true ? '1' : null)
  if ('label' in patch) setOrDelete(params, LABEL, patch.label ?? null)
  if ('group' in patch) setOrDelete(params, GROUP, patch.group ?? null)
  if ('crs' in patch) setOrDelete(params, CRS, patch.crs === 'gcj02' ? 'gcj02' : null)
  const query = params.toString()
  return query === '' ? '' : `?${query}`
}

function readList(params: URLSearchParams, key: string): readonly string[] | null {
  return params.has(key) ? params.getAll(key).filter((value) => value !== '') : null
}

function writeList(params: URLSearchParams, key: string, values: readonly string[] | null): void {
  params.delete(key)
  if (values === null) return
  if (values.length === 0) params.append(key, '')
  for (const value of values) params.append(key, value)
}

function readLang(value: string | null): Lang | null {
  return value === 'en' || value === 'zh' ? value : null
}

/** `map=zoom/lat/lng`, as OpenStreetMap and uMap write it. */
function readMapView(value: string | null): MapView | null {
  if (value === null) return null
  const [zoom, lat, lng] = value.split('/').map(Number)
  if (zoom === undefined || lat === undefined || lng === undefined) return null
  if (![zoom, lat, lng].every(Number.isFinite)) return null
  if (zoom < 0 || zoom > 19 || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null
  return { zoom, lat, lng }
}

function formatMapView(view: MapView | null): string | null {
  if (view === null) return null
  return `${String(Math.round(view.zoom * 100) / 100)}/${view.lat.toFixed(4)}/${view.lng.toFixed(4)}`
}

function setOrDelete(params: URLSearchParams, key: string, value: string | null): void {
  if (value === null) params.delete(key)
  else params.set(key, value)
}

function nonEmpty(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value
}

/**
 * `next`, with every part equal to `previous`'s replaced by `previous`'s own object, and
 * `previous` itself when nothing changed. Memoised consumers downstream (the filtered list, the
 * cluster index) then see a change only where there is one: a new camera leaves the filters'
 * arrays, and so the filtered list, as they were.
 */
export function shareUnchanged(previous: ViewState | null, next: ViewState): ViewState {
  if (previous === null) return next
  const shared: ViewState = {
    ...next,
    industries: sameList(previous.industries, next.industries)
      ? previous.industries
      : next.industries,
    days: sameList(previous.days, next.days) ? previous.days : next.days,
    mapView: sameMapView(previous.mapView, next.mapView) ? previous.mapView : next.mapView,
  }
  const keys = Object.keys(shared) as (keyof ViewState)[]
  return keys.every((key) => shared[key] === previous[key]) ? previous : shared
}

function sameList(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b
  return a.length === b.length && a.every((value, i) => value === b[i])
}

function sameMapView(a: MapView | null, b: MapView | null): boolean {
  if (a === null || b === null) return a === b
  return a.zoom === b.zoom && a.lat === b.lat && a.lng === b.lng
}
