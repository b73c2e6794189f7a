import type { FocusEvent } from 'react'

/**
 * For a scrolling panel's onFocus: brings the newly focused element wholly into view. Firefox
 * scrolls only when a focused element is entirely hidden, so a list entry half below the panel's
 * edge stayed half hidden. At once, not a frame later: a deferred scroll undid whatever moved
 * the panel in between (a reader scrolling the list the moment the drawer opened, or a WebDriver
 * click, which scrolls its element into view and then clicks where it was, so the click hit
 * another entry). Any scroll the browser makes for the focus afterwards finds the element
 * already wholly in view and does nothing; `nearest` leaves an element in view where it is.
 */
export function revealFocused(event: FocusEvent): void {
  const target = event.target
  if (target instanceof HTMLElement) target.scrollIntoView({ block: 'nearest', inline: 'nearest' })
}
