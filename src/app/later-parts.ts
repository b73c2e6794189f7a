/**
 * Parts of the page that load after the map (README "Pages and link previews"): their markup is
 * prerendered, so only their behaviour waits. One promise each, so preloading and rendering
 * share the download.
 */
import { settled } from '../i18n/i18n'

let map: Promise<typeof import('../map/TourMap')> | null = null

/** How to forget each part whose code failed to download (see forgetFailedParts). */
const failed = new Set<() => void>()

/**
 * Forgets the parts whose code failed to download, so that the next render asks for it again:
 * what a Retry button does. Until then a failed part stays failed. Forgotten at once, every
 * render asked again and suspended again on the new request, and a chunk the network refused was
 * requested thousands of times while the part never showed its failure.
 */
export function forgetFailedParts(): void {
  for (const forget of failed) forget()
  failed.clear()
}

/**
 * One settled promise per part (see settled()): a part whose code has arrived renders at once.
 * Through React.lazy every part suspended once even when its code was there, and React holds
 * content that replaces a fallback for up to 300 ms: another dataset's (?data=) count and map
 * waited that long after its data.
 */
function part<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null
  return () =>
    (loading ??= settled(
      load().catch((error: unknown) => {
        failed.add(() => {
          loading = null
        })
        throw error
      }),
    ))
}

export const loadExplorerHeader = part(() =>
  import('./ExplorerHeader').then((module) => ({ default: module.ExplorerHeader })),
)

export const loadExplorerPanel = part(() =>
  import('./ExplorerPanel').then((module) => ({ default: module.ExplorerPanel })),
)

/**
 * About's dialog: asked for when the reader points at or focuses its button (SecondaryActions),
 * so that it is usually here by the click and opens at once, not 310–330 ms later.
 */
export const loadAboutDialog = part(() => import('../ui/AboutDialog'))

export const loadSelectedCard = part(() =>
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
export function loadTourMap() {
  map ??= settled(
    Promise.all([import('../map/TourMap'), loadSelectedCard().catch(() => undefined)])
      .then(([module]) => module)
      .catch((error: unknown) => {
        failed.add(() => {
          map = null
        })
        throw error
      }),
  )
  return map
}
