import { Suspense, useEffect, useState } from 'react'
import { renderToString } from 'react-dom/server'
import { hydrateRoot, type Root } from 'react-dom/client'
import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadCodeScript } from '../../scripts/code-after-first-paint'
import { EARLY_INPUT_KEY, replayEarlyInput } from '../../src/early-input'

// A prerendered page is on screen before its code. The page's own inline loader holds the clicks
// made meanwhile; once React has hydrated, replayEarlyInput hands them, and any text typed, to
// the app. These tests run the loader's text and hydrate server-rendered markup, as a page does.

interface Heard {
  shown: boolean
  query: string
  language: string
  opened: string[]
  more: number
}

/** A page in miniature: a box, buttons and a search field, the controls in a Suspense part. */
function Page({ heard }: { heard: Heard }) {
  const [shown, setShown] = useState(true)
  const [query, setQuery] = useState('')
  const [language, setLanguage] = useState('en')
  const [more, setMore] = useState(0)
  heard.more = more
  heard.shown = shown
  heard.query = query
  heard.language = language
  useEffect(() => {
    replayEarlyInput(document)
  }, [])
  return (
    <main>
      <button
        type="button"
        onClick={() => {
          setLanguage('zh')
        }}
      >
        中文
      </button>
      <Suspense fallback={null}>
        <label>
          <input
            type="checkbox"
            checked={shown}
            onChange={(event) => {
              setShown(event.target.checked)
            }}
          />
          Steel
        </label>
        <input
          type="search"
          aria-label="Search"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
          }}
        />
        <button
          type="button"
          onClick={() => {
            heard.opened.push('Haiwang')
          }}
        >
          Jilin Haiwang
        </button>
        {/* From the state as rendered, as handlers often are. */}
        <button
          type="button"
          onClick={() => {
            setMore(more + 1)
          }}
        >
          Show more
        </button>
        <a href="#about">About</a>
      </Suspense>
    </main>
  )
}

let root: Root | null = null

/**
 * Typing as the browser does it, into a field no code handles yet. Not user-event's type(): it
 * wraps the field's value in its own property, which React then does not track, and every
 * input event would look like a change to React however the replay handled it.
 */
function typeInto(field: HTMLElement, text: string) {
  if (!(field instanceof HTMLInputElement)) throw new Error('not a text field')
  field.focus()
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, text)
  field.dispatchEvent(new Event('input', { bubbles: true }))
}

/**
 * Runs `work` and waits, as a page would, for React and the replay's tasks. Not in act(), which
 * would hold React's work until it ends: the page's parts would all be hydrated before the app
 * first sees a click, and React hydrates a part on a click only where its work is not held.
 */
async function asOnAPage(work: () => void) {
  const actEnvironment: unknown = Reflect.get(globalThis, 'IS_REACT_ACT_ENVIRONMENT')
  Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', false)
  try {
    work()
    await new Promise((resolve) => setTimeout(resolve, 100))
  } finally {
    Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', actEnvironment)
  }
}

afterEach(() => {
  act(() => root?.unmount())
  root = null
  document.body.replaceChildren()
  Reflect.deleteProperty(window, EARLY_INPUT_KEY)
  vi.restoreAllMocks()
})

/**
 * The page as the build writes it: the server renderer's markup, then the inline loader run as
 * the page runs it. `hydrate` then brings the code.
 */
function openPage({ loader = true } = {}) {
  const heard: Heard = { shown: true, query: '', language: 'en', opened: [], more: 0 }
  const container = document.body.appendChild(document.createElement('div'))
  // The server renderer's own output, as in a prerendered page; no data from outside.
  // eslint-disable-next-line no-restricted-syntax
  container.innerHTML = renderToString(<Page heard={heard} />)
  if (loader) {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const run = new Function(loadCodeScript) as () => void
    run()
  }
  const startHydrating = () => {
    root = hydrateRoot(container, <Page heard={heard} />)
  }
  const hydrate = () => asOnAPage(startHydrating)
  return { heard, hydrate, startHydrating }
}

describe('what a reader does before the page has hydrated', () => {
  it('holds a click on a box: the box stays as the page can show it, and changes once the app acts', async () => {
    const { heard, hydrate } = openPage()
    const user = userEvent.setup()
    const box = screen.getByRole('checkbox', { name: 'Steel' })
    await user.click(box)
    expect(box).toBeChecked()
    await hydrate()
    expect(heard.shown).toBe(false)
    expect(box).not.toBeChecked()
  })

  it('replays held clicks in order, each on the state the one before left', async () => {
    const { heard, hydrate } = openPage()
    const user = userEvent.setup()
    await user.click(screen.getByRole('checkbox', { name: 'Steel' }))
    await user.click(screen.getByRole('button', { name: 'Jilin Haiwang' }))
    await user.click(screen.getByRole('checkbox', { name: 'Steel' }))
    await user.click(screen.getByRole('button', { name: '中文' }))
    await user.click(screen.getByRole('button', { name: 'Show more' }))
    await user.click(screen.getByRole('button', { name: 'Show more' }))
    expect(heard.opened).toEqual([])
    await hydrate()
    expect(heard.opened).toEqual(['Haiwang'])
    expect(heard.more).toBe(2)
    expect(heard.language).toBe('zh')
    // Unticked, then ticked again: both clicks reached the app.
    expect(heard.shown).toBe(true)
  })

  it('hands text typed into the search field to the app, after the clicks', async () => {
    const { heard, hydrate } = openPage()
    const user = userEvent.setup()
    typeInto(screen.getByRole('searchbox', { name: 'Search' }), 'chem')
    await user.click(screen.getByRole('checkbox', { name: 'Steel' }))
    await hydrate()
    expect(heard.query).toBe('chem')
    expect(heard.shown).toBe(false)
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('chem')
  })

  it('hands over text typed with no click', async () => {
    const { heard, hydrate } = openPage()
    typeInto(screen.getByRole('searchbox', { name: 'Search' }), 'steel')
    await hydrate()
    expect(heard.query).toBe('steel')
  })

  it('holds a click made while React hydrates too, and the app hears it once', async () => {
    const { heard, startHydrating } = openPage()
    await asOnAPage(() => {
      startHydrating()
      // React listens from here on, before it has hydrated anything.
      // Dispatched here, not through fireEvent, whose act() would hold React's work till it ends.
      screen
        .getByRole('button', { name: 'Show more' })
        .dispatchEvent(new MouseEvent('click', { bubbles: true }))
    })
    expect(heard.more).toBe(1)
  })

  it('lets links work without code, and holds nothing once the app has taken over', async () => {
    const { heard, hydrate } = openPage()
    const user = userEvent.setup()
    await user.click(screen.getByRole('link', { name: 'About' }))
    expect(window.location.hash).toBe('#about')
    await hydrate()
    const early: unknown = Reflect.get(window, EARLY_INPUT_KEY)
    expect(early).toMatchObject({ clicked: [], done: true })
    await user.click(screen.getByRole('checkbox', { name: 'Steel' }))
    expect(heard.shown).toBe(false)
    expect(early).toMatchObject({ clicked: [] })
  })

  it('does nothing on a page without the loader', async () => {
    const { heard, hydrate } = openPage({ loader: false })
    const click = vi.spyOn(HTMLElement.prototype, 'click')
    await hydrate()
    expect(click).not.toHaveBeenCalled()
    expect(heard).toEqual({ shown: true, query: '', language: 'en', opened: [], more: 0 })
  })
})
