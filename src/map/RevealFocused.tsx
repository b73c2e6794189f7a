import { useEffect, type RefObject } from 'react'
import { useMap } from 'react-leaflet'
import { isProgrammaticFocus } from './focus-quietly'
import { revealShift, visibleBox, type Box } from './reveal-shift'

function boxIn(container: DOMRect, rect: DOMRect): Box {
  return {
    left: rect.left - container.left,
    top: rect.top - container.top,
    right: rect.right - container.left,
    bottom: rect.bottom - container.top,
  }
}

/**
 * A pin or cluster the reader tabs to is brought inside the visible map (beside the card, above
 * the bottom sheet), so a focused control is never off screen. Only the reader's own focus pans;
 * Leaflet's autoPanOnFocus is off because it also panned on the app's focus moves.
 */
export function RevealFocused({ coverRef }: { readonly coverRef: RefObject<HTMLElement | null> }) {
  const map = useMap()
  useEffect(() => {
    const container = map.getContainer()
    // What the reader moved focus to: kept in view until focus leaves it, also when the map
    // moves afterwards (a card opening pans the map to its own pin).
    let readerFocused: HTMLElement | null = null
    function onFocusOut() {
      readerFocused = null
    }
    function onMoveEnd() {
      if (readerFocused !== null) reveal(readerFocused)
    }
    function onFocusIn(event: FocusEvent) {
      const target = event.target
      readerFocused = null
      if (isProgrammaticFocus() || !(target instanceof HTMLElement) || target === container) return
      readerFocused = target
      // After the frame: WebKit first scrolls the overflow-hidden map to the element, and
      // Leaflet undoes that scroll; only then do the element's box and the map agree.
      requestAnimationFrame(() => {
        reveal(target)
      })
    }
    // A pan ends in a moveend, which must not start another.
    let revealing = false
    function reveal(target: HTMLElement) {
      if (revealing || document.activeElement !== target) return
      const frame = container.getBoundingClientRect()
      const cover = coverRef.current?.getBoundingClientRect() ?? null
      // The map may reach past the window (a phone's sheet layout): only what both show counts.
      const onScreen = {
        left: Math.max(0, -frame.left),
        top: Math.max(0, -frame.top),
        right: Math.min(frame.width, window.innerWidth - frame.left),
        bottom: Math.min(frame.height, window.innerHeight - frame.top),
      }
      const visible = visibleBox(onScreen, cover === null ? null : boxIn(frame, cover))
      const { dx, dy } = revealShift(visible, boxIn(frame, target.getBoundingClientRect()), null)
      if (dx === 0 && dy === 0) return
      revealing = true
      try {
        map.panBy([dx, dy], { animate: false })
      } finally {
        revealing = false
      }
    }
    container.addEventListener('focusin', onFocusIn)
    container.addEventListener('focusout', onFocusOut)
    map.on('moveend', onMoveEnd)
    return () => {
      container.removeEventListener('focusin', onFocusIn)
      container.removeEventListener('focusout', onFocusOut)
      map.off('moveend', onMoveEnd)
    }
  }, [map, coverRef])
  return null
}
