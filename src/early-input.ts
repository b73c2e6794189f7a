/**
 * A prerendered page shows its buttons, boxes and search field some hundreds of milliseconds
 * (seconds, on a slow phone) before its code has hydrated them. Untouched, a click there was lost,
 * a ticked box was unticked again by hydration, and text typed into the search field stayed in
 * the field without filtering anything. The page's inline loader
 * (scripts/code-after-first-paint.ts) therefore holds such clicks, and this module hands them and
 * the typed text to the app once it has hydrated.
 */
export const EARLY_INPUT_KEY = '__tourMapEarlyInput'

/** Controls whose click the loader holds; links and <summary> work without code and are let be. */
export const HELD_CLICK_TARGETS = 'button,input[type=checkbox],input[type=radio]'

/** What the inline loader leaves on `window`, written by hand there: checked before use. */
interface EarlyInput {
  readonly clicked: unknown[]
  done: boolean
}

function isEarlyInput(value: unknown): value is EarlyInput {
  return (
    typeof value === 'object' &&
    value !== null &&
    'clicked' in value &&
    Array.isArray(value.clicked) &&
    'done' in value &&
    typeof value.done === 'boolean'
  )
}

/**
 * Parts of the page hydrate some time after its root, and React hydrates a part at once when a
 * click reaches it, but during that click: a box the click has just ticked is hydrated as ticked,
 * so the app never hears of the change. An event the app does not handle, of a kind React
 * hydrates for (auxclick, a middle click), hydrates the control's part first.
 */
function hydrate(control: HTMLElement): void {
  control.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, button: 1 }))
}

/**
 * Text typed before hydration reaches the app as typing does: an input event, the value set past
 * React's record of it (which the app's render after a click had put back to its own value).
 */
function retype(field: HTMLInputElement, typed: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, typed)
  field.dispatchEvent(new Event('input', { bubbles: true }))
}

/**
 * Called once the page's root has hydrated: stops the loader holding clicks, replays the held ones
 * in order on the controls still on the page, then hands over text typed into the page's fields.
 * Clicks first: a reader who typed, then clicked an entry, clicked what the unfiltered list showed.
 *
 * Each step is a task of its own. Parts of the page hydrate after the root; a click hydrates its
 * part at once, but not from inside React's commit (where the caller's effect runs). And the app
 * renders between steps, as between a reader's clicks, so each click acts on the state the one
 * before left.
 */
export function replayEarlyInput(root: ParentNode): void {
  const early: unknown = Reflect.get(window, EARLY_INPUT_KEY)
  if (!isEarlyInput(early) || early.done) return
  early.done = true
  const clicked = early.clicked.splice(0)
  // Read now: the app's first render after a click puts its own value back into the field.
  const typed = [
    ...root.querySelectorAll<HTMLInputElement>('input[type=search],input[type=text]'),
  ].flatMap((field) => (field.value === field.defaultValue ? [] : [[field, field.value] as const]))
  const step = () => {
    if (clicked.length === 0) {
      for (const [field, text] of typed) if (field.isConnected) retype(field, text)
      return
    }
    const target = clicked.shift()
    if (target instanceof HTMLElement && target.isConnected) {
      hydrate(target)
      target.click()
    }
    setTimeout(step, 0)
  }
  setTimeout(step, 0)
}
