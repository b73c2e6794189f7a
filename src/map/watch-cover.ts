import type { RefObject } from 'react'

/**
 * How long to wait for the cover (the card) to appear. On a page opened straight at an
 * enterprise the card's markup is prerendered but only gets its ref once its code has loaded and
 * hydrated, which on a slow phone can take seconds after the map is up.
 */
const COVER_WAIT_MS = 30_000

/** Events by which the reader takes the map in hand (drag, wheel, keys, zoom buttons). */
const READER_MOVES = ['pointerdown', 'touchstart', 'wheel', 'keydown'] as const

/**
 * Calls `onChange` (in an animation frame) whenever the map's container or the cover changes
 * size or appears, until the reader acts on the map or `stop` is called.
 *
 * Why: the selected pin is revealed against the card's box, and that box is not final when the
 * card opens: on a direct load the card hydrates after the map, and its lazy parts and web fonts
 * grow the bottom sheet afterwards. Once the reader moves the map, their view wins.
 */
export function watchCover(
  container: HTMLElement,
  coverRef: RefObject<HTMLElement | null>,
  onChange: (cover: HTMLElement) => void,
): { readonly stop: () => void; readonly watching: () => boolean } {
  let frame = 0
  let stopped = false
  let observed: HTMLElement | null = null
  const giveUpWaiting = performance.now() + COVER_WAIT_MS
  const observer = new ResizeObserver(schedule)

  function schedule() {
    cancelAnimationFrame(frame)
    // Not inside the observer's callback: panning there would resize observed boxes again.
    frame = requestAnimationFrame(check)
  }

  function check() {
    const cover = coverRef.current
    if (cover !== observed) {
      if (observed !== null) observer.unobserve(observed)
      observed = cover
      // Observing reports the box once at once, which schedules the next check.
      if (cover !== null) observer.observe(cover)
    }
    if (cover === null) {
      // The card has no ref yet (still hydrating): look again next frame, for a while.
      if (performance.now() < giveUpWaiting) frame = requestAnimationFrame(check)
      return
    }
    // A card that is closing is already out of the page: closing must not move the map.
    if (cover.isConnected) onChange(cover)
  }

  function stop() {
    stopped = true
    cancelAnimationFrame(frame)
    observer.disconnect()
    for (const type of READER_MOVES) container.removeEventListener(type, stop, true)
  }

  for (const type of READER_MOVES) container.addEventListener(type, stop, true)
  observer.observe(container)
  schedule()
  return { stop, watching: () => !stopped }
}
