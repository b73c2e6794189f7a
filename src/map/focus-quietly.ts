/** Set while the app itself moves focus to a pin (closing a card): that focus must not pan. */
let programmatic = false

export function isProgrammaticFocus(): boolean {
  return programmatic
}

/** Focuses `element` without panning the map and without scrolling its container. */
export function focusQuietly(element: HTMLElement | undefined): void {
  if (element === undefined) return
  programmatic = true
  try {
    element.focus({ preventScroll: true })
  } finally {
    programmatic = false
  }
}
