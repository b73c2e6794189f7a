/**
 * Parts of the page that load after the map (README "Pages and link previews"): their markup is
 * prerendered, so only their behaviour waits. One promise each, so preloading and rendering
 * share the download.
 */
import { codeOnce } from '../ui/code-once'

export { forgetFailedParts } from '../ui/code-once'

// One settled promise per part (src/ui/code-once.ts): through React.lazy, another dataset's
// (?data=) count and map waited up to 300 ms after its data.

export const loadExplorerHeader = codeOnce(() =>
  import('./ExplorerHeader').then((module) => ({ default: module.ExplorerHeader })),
)

export const loadExplorerPanel = codeOnce(() =>
  import('./ExplorerPanel').then((module) => ({ default: module.ExplorerPanel })),
)

/**
 * About's dialog: asked for when the reader points at or focuses its button (SecondaryActions),
 * so that it is usually here by the click and opens at once, not 310–330 ms later.
 */
export const loadAboutDialog = codeOnce(() =>
  import('../ui/AboutDialog').then((module) => ({ default: module.AboutDialog })),
)

export const loadSelectedCard = codeOnce(() =>
  import('./SelectedCard').then((module) => ({ default: module.SelectedCard })),
)

/**
 * The map's code (index.html preloads it beside the entry), read with use() in MapRegion. Loaded
 * before hydrating, the map then mounts in the render right after hydration: through React.lazy it
 * first showed a fallback, and React holds content that replaces a fallback for up to 300 ms.
 * The card's code comes first, so a pin clicked as soon as it is drawn opens its card at once
 * (its failure is the card's own, not the map's). A failed map download stays failed until the
 * map's Retry forgets it (forgetFailedParts).
 */
export const loadTourMap = codeOnce(() =>
  Promise.all([import('../map/TourMap'), loadSelectedCard().catch(() => undefined)]).then(
    ([module]) => ({ default: module.TourMap }),
  ),
)
