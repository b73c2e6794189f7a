import { isPlainObject } from './describe-value'

/**
 * Turns the other files people bring into a GeoJSON FeatureCollection before validation:
 * a uMap export (its layers become a `layer` property, so they can be the groups) and CSV
 * rows with latitude/longitude columns. The validator then judges them like any GeoJSON.
 */

/** uMap's "Export the map" file: `"type": "umap"`, each layer a FeatureCollection. */
export function isUmap(json: unknown): json is Record<string, unknown> {
  return isPlainObject(json) && json.type === 'umap' && Array.isArray(json.layers)
}

export function umapToCollection(umap: Record<string, unknown>): {
  type: 'FeatureCollection'
  features: unknown[]
} {
  const features: unknown[] = []
  const layers = Array.isArray(umap.layers) ? (umap.layers as unknown[]) : []
  layers.forEach((layer, i) => {
    if (!isPlainObject(layer) || !Array.isArray(layer.features)) return
    const options = isPlainObject(layer._umap_options) ? layer._umap_options : {}
    const name =
      typeof options.name === 'string' && options.name.trim() !== ''
        ? options.name.trim()
        : `Layer ${String(i + 1)}`
    for (const feature of layer.features as unknown[]) {
      if (!isPlainObject(feature)) {
        features.push(feature)
        continue
      }
      const properties = isPlainObject(feature.properties) ? feature.properties : {}
      features.push({ ...feature, properties: { layer: name, ...properties } })
    }
  })
  return { type: 'FeatureCollection', features }
}

const LATITUDE = /^(lat|latitude|y|纬度|緯度|breitengrad|широта)$/i
const LONGITUDE = /^(lon|lng|long|longitude|x|经度|經度|längengrad|долгота)$/i

/** Where the coordinates are in a CSV header; null when it has none. */
export function coordinateColumns(
  header: readonly string[],
): { readonly lat: number; readonly lng: number } | null {
  const clean = header.map((h) => h.trim())
  const lat = clean.findIndex((h) => LATITUDE.test(h))
  const lng = clean.findIndex((h) => LONGITUDE.test(h))
  return lat < 0 || lng < 0 ? null : { lat, lng }
}

/** "43,82" as Europe writes it in semicolon CSV, or "43.82". */
function readNumber(cell: string | undefined): number | null {
  if (cell === undefined) return null
  const text = cell.trim()
  if (text === '') return null
  const value = Number(text.includes('.') ? text : text.replace(',', '.'))
  return Number.isFinite(value) ? value : null
}

/**
 * CSV rows (the first is the header) as point features; the other columns become properties.
 * A row without usable coordinates keeps a null geometry, so the report names it.
 */
export function csvToCollection(
  rows: readonly (readonly string[])[],
): { type: 'FeatureCollection'; features: unknown[] } | null {
  const [header, ...body] = rows
  if (header === undefined) return null
  const columns = coordinateColumns(header)
  if (columns === null) return null
  const features = body
    .filter((row) => row.some((cell) => cell.trim() !== ''))
    .map((row) => {
      const lat = readNumber(row[columns.lat])
      const lng = readNumber(row[columns.lng])
      const properties: Record<string, string> = {}
      header.forEach((key, i) => {
        const cell = row[i]
        if (i === columns.lat || i === columns.lng || cell === undefined) return
        if (key.trim() !== '' && cell.trim() !== '') properties[key.trim()] = cell
      })
      return {
        type: 'Feature',
        geometry: lat === null || lng === null ? null : { type: 'Point', coordinates: [lng, lat] },
        properties,
      }
    })
  return { type: 'FeatureCollection', features }
}
