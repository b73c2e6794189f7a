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
    function onFocusIn(event: FocusEvent) {
      if (isProgrammaticFocus() || !(event.target instanceof HTMLElement)) return
      if (event.target === container) return
      const frame = container.getBoundingClientRect()
      const cover = coverRef.current?.getBoundingClientRect() ?? null
      const visible = visibleBox(
        { left: 0, top: 0, right: frame.width, bottom: frame.height },
        cover === null ? null : boxIn(frame, cover),
      )
      const { dx, dy } = revealShift(
        visible,
        boxIn(frame, event.target.getBoundingClientRect()),
        null,
      )
      if (dx !== 0 || dy !== 0) map.panBy([dx, dy], { animate: false })
    }
    container.addEventListener('focusin', onFocusIn)
    return () => {
      container.removeEventListener('focusin', onFocusIn)
    }
  }, [map, coverRef])
  return null
}
