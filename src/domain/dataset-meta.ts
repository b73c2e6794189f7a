import { isPlainObject } from './describe-value'

/**
 * What a file says about itself: the top-level `name`, `title` and `description` members of a
 * FeatureCollection (or a uMap export's `properties`). Shown as text, never as HTML.
 */
export interface DatasetMeta {
  readonly name: string | null
  readonly title: string | null
  readonly description: string | null
}

export const NO_META: DatasetMeta = { name: null, title: null, description: null }

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}

/** The root's own describing members; anything not a non-empty string is ignored. */
export function readMeta(root: unknown): DatasetMeta {
  if (!isPlainObject(root)) return NO_META
  return { name: text(root.name), title: text(root.title), description: text(root.description) }
}

/** How the page names a file: its own title or name, else the file name, else null. */
export function fileHeading(meta: DatasetMeta, sourceName: string | null): string | null {
  return meta.title ?? meta.name ?? sourceName
}

/** The last segment of a URL's path ("osm.geojson"), or the host when the path is empty. */
export function sourceNameOf(url: string): string {
  try {
    const parsed = new URL(url, 'http://localhost/')
    const segments = parsed.pathname.split('/').filter((s) => s !== '')
    const last = segments.at(-1)
    if (last === undefined) return parsed.host === 'localhost' ? url : parsed.host
    try {
      return decodeURIComponent(last)
    } catch {
      return last
    }
  } catch {
    return url
  }
}
