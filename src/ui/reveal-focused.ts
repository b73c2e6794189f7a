import type { FocusEvent } from 'react'

/**
 * For a scrolling panel's onFocus: brings the newly focused element wholly into view. Firefox
 * scrolls only when a focused element is entirely hidden, so a list entry half below the panel's
 * edge stayed half hidden. After a frame, so that the browser's own focus scrolling is done;
 * `nearest` leaves an element that is already in view where it is.
 */
export function revealFocused(event: FocusEvent): void {
  const target = event.target
  if (!(target instanceof HTMLElement)) return
  requestAnimationFrame(() => {
    if (document.activeElement === target)
      target.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  })
}
