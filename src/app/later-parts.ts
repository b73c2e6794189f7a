/**
 * Parts of the page that load after the map (README "Pages and link previews"): their markup is
 * prerendered, so only their behaviour waits. One promise each, so preloading and React.lazy
 * share the download.
 */
import { settled } from '../i18n/i18n'

let map: Promise<typeof import('../map/TourMap')> | null = null
let panel: Promise<typeof import('./ExplorerPanel')> | null = null
let card: Promise<typeof import('./SelectedCard')> | null = null
let header: Promise<typeof import('./ExplorerHeader')> | null = null

export function loadExplorerHeader() {
  header ??= import('./ExplorerHeader')
  return header.then((module) => ({ default: module.ExplorerHeader }))
}

export function loadExplorerPanel() {
  panel ??= import('./ExplorerPanel')
  return panel.then((module) => ({ default: module.ExplorerPanel }))
}

export function loadSelectedCard() {
  card ??= import('./SelectedCard')
  return card.then((module) => ({ default: module.SelectedCard }))
}

/**
 * The map's code (index.html preloads it beside the entry), read with use() in MapRegion. Loaded
 * before hydrating, the map then mounts in the render right after hydration: through React.lazy it
 * first showed a fallback, and React holds content that replaces a fallback for up to 300 ms.
 * A failed download is forgotten, so the map's Retry asks again.
 */
export function loadTourMap() {
  map ??= settled(
    import('../map/TourMap').catch((error: unknown) => {
      map = null
      throw error
    }),
  )
  return map
}
