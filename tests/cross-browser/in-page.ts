/**
 * Functions the smoke tests run inside the page. Each is serialised on its own, so it may use
 * only its arguments and the page's globals, never another function of this file.
 */

/**
 * Marks the first element matching `selector` whose name (aria-label, else its label's or its
 * own text) starts with `name` as data-smoke-target, for the driver to click or type into.
 * Returns false when there is none.
 */
export function markTarget(selector: string, name: string): boolean {
  for (const old of document.querySelectorAll('[data-smoke-target]'))
    old.removeAttribute('data-smoke-target')
  const nameOf = (element: Element): string => {
    const label = element.getAttribute('aria-label') ?? element.getAttribute('alt')
    if (label !== null) return label
    if (element instanceof HTMLInputElement && element.labels?.[0] !== undefined)
      return element.labels[0].textContent
    return element.textContent
  }
  const found = [...document.querySelectorAll(selector)].find(
    (element) => element.getClientRects().length > 0 && nameOf(element).trim().startsWith(name),
  )
  found?.setAttribute('data-smoke-target', '')
  return found !== undefined
}

/** The result count in the header ("9 of 9 enterprises"). */
export function statusText(): string {
  return document.querySelector('.tm-count')?.textContent ?? ''
}

export function markerCount(): number {
  return document.querySelectorAll('.leaflet-marker-pane [role="button"]').length
}

/** The open card's heading, or null when no card is open. */
export function cardHeading(): string | null {
  return document.querySelector('article.tm-card h2')?.textContent ?? null
}

export function cardText(): string {
  return document.querySelector('article.tm-card')?.textContent ?? ''
}

export function focusedName(): string {
  const focused = document.activeElement
  if (focused === null) return ''
  return (
    focused.getAttribute('aria-label') ??
    focused.getAttribute('alt') ??
    focused.textContent
  ).trim()
}

/** The drawer (the panel on a phone) is on screen. */
export function drawerShown(): boolean {
  const panel = document.getElementById('tm-panel')
  return panel !== null && panel.getClientRects().length > 0
}

/** Where the open card's box is, relative to the window. */
export function cardBox(): {
  bottom: number
  width: number
  windowWidth: number
  windowHeight: number
} | null {
  const card = document.querySelector('article.tm-card')
  if (card === null) return null
  const box = card.getBoundingClientRect()
  return {
    bottom: Math.round(box.bottom),
    width: Math.round(box.width),
    windowWidth: window.innerWidth,
    windowHeight: window.innerHeight,
  }
}

/**
 * Puts a focusable marker before and after everything in the page and focuses the first, so that
 * Tab goes round the page exactly once and never into the browser's own toolbar (where headless
 * Firefox stops firing focus events in the page). Fixed, so that they change no layout.
 */
export function startTabRound(): void {
  for (const old of document.querySelectorAll('[data-smoke-edge]')) old.remove()
  const edge = (which: string) => {
    const element = document.createElement('span')
    element.tabIndex = 0
    element.dataset.smokeEdge = which
    element.style.position = 'fixed'
    element.style.top = '0'
    element.style.left = '0'
    return element
  }
  const start = edge('start')
  document.body.prepend(start)
  document.body.append(edge('end'))
  start.focus()
}

/**
 * One Tab stop: whether focus has reached the end of the round, how far the document is
 * scrolled or could scroll, and whether the focused element is wholly inside the window.
 */
export function tabStop(): {
  what: string
  done: boolean
  documentScroll: number
  documentOverflow: number
  outsideWindow: boolean
} {
  const focused = document.activeElement
  const root = document.scrollingElement ?? document.documentElement
  const done = focused instanceof HTMLElement && focused.dataset.smokeEdge === 'end'
  if (done) for (const edge of document.querySelectorAll('[data-smoke-edge]')) edge.remove()
  const box = focused?.getBoundingClientRect()
  const label = focused?.getAttribute('aria-label') ?? focused?.textContent ?? ''
  return {
    what: `${focused?.tagName ?? 'nothing'} "${label.trim().slice(0, 40)}" at ${JSON.stringify(box && [box.left, box.top, box.right, box.bottom].map(Math.round))} in ${String(window.innerWidth)}×${String(window.innerHeight)}`,
    done,
    documentScroll: Math.max(window.scrollY, window.scrollX, root.scrollTop, root.scrollLeft),
    documentOverflow: root.scrollHeight - root.clientHeight,
    outsideWindow:
      box === undefined ||
      box.width * box.height === 0 ||
      box.left < -1 ||
      box.top < -1 ||
      box.right > window.innerWidth + 1 ||
      box.bottom > window.innerHeight + 1,
  }
}

/** URLs the page fetched more than once (resource timing; the page's own requests). */
export function repeatedDownloads(): string[] {
  const names = performance.getEntriesByType('resource').map((entry) => entry.name)
  return [...new Set(names.filter((name, i) => names.indexOf(name) !== i))]
}

/** The focused element is wholly inside the window. */
export function focusedInsideWindow(): boolean {
  const box = document.activeElement?.getBoundingClientRect()
  return (
    box !== undefined &&
    box.left >= -1 &&
    box.top >= -1 &&
    box.right <= window.innerWidth + 1 &&
    box.bottom <= window.innerHeight + 1
  )
}

/**
 * The dataset file was asked for before any script had arrived: the page's inline loader asked
 * for it, not the app's code. Not "before any script started": WebKit records a fetch()'s start
 * when its load begins, which may come a task after the scripts the loader adds at
 * DOMContentLoaded (1 ms later in one CI run of ten), though the loader called fetch() first.
 */
export function dataAskedBeforeCode(): string {
  const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
  const data = entries.find((entry) => entry.name.includes('/data/enterprises.geojson'))
  if (data === undefined) return "the file is not among the page's resources"
  // Said in full when it fails: which script had arrived first, and when.
  const arrived = entries.filter(
    (entry) =>
      /\.js(\?|$)/.test(entry.name) && entry.responseEnd > 0 && entry.responseEnd <= data.startTime,
  )
  return arrived.length === 0
    ? 'file first'
    : `${arrived.map((e) => `${e.name.split('/').pop() ?? ''} in at ${e.responseEnd.toFixed(1)} ms`).join(', ')} before the file was asked for at ${data.startTime.toFixed(1)} ms`
}
