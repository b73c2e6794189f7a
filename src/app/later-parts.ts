/**
 * Parts of the page that load after the map (README "Pages and link previews"): their markup is
 * prerendered, so only their behaviour waits. One promise each, so preloading and React.lazy
 * share the download.
 */
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
