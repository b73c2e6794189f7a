import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Enterprise } from '../../src/domain/enterprise'
import { EnterpriseCard } from '../../src/ui/EnterpriseCard'
import { makeEnterprise } from '../support/dataset-fixtures'

// The open card's keys (Escape closes, ← and → step through the list) work wherever focus is,
// except where those keys already mean something: a text field, the map, a dialog above the card.

let first: Enterprise
let second: Enterprise
beforeEach(() => {
  first = makeEnterprise({ id: 'first', properties: { name: 'Lingyuan Technology' } })
  second = makeEnterprise({ id: 'second', properties: { name: 'Jilin Haiwang' } })
})

interface Handlers {
  onClose?: () => void
  onPrevious?: (() => void) | null
  onNext?: (() => void) | null
}

function card(enterprise: Enterprise, h: Handlers, index = 1, count = 3) {
  return (
    <EnterpriseCard
      enterprise={enterprise}
      cityName="Jilin City"
      onClose={h.onClose ?? vi.fn()}
      onPrevious={h.onPrevious === undefined ? vi.fn() : h.onPrevious}
      onNext={h.onNext === undefined ? vi.fn() : h.onNext}
      position={{ index, count }}
    />
  )
}

describe('the card’s keys', () => {
  it('← shows the previous enterprise and → the next, without closing the card', async () => {
    const user = userEvent.setup()
    const onClose = vi.fn()
    const onPrevious = vi.fn()
    const onNext = vi.fn()
    render(card(first, { onClose, onPrevious, onNext }))
    await user.keyboard('{ArrowLeft}')
    expect(onPrevious).toHaveBeenCalledTimes(1)
    expect(onNext).not.toHaveBeenCalled()
    await user.keyboard('{ArrowRight}')
    expect(onNext).toHaveBeenCalledTimes(1)
    expect(onPrevious).toHaveBeenCalledTimes(1)
    await user.keyboard('{ArrowUp}{a}{Enter}')
    expect(onClose).not.toHaveBeenCalled()
    expect(onNext).toHaveBeenCalledTimes(1)
  })

  it('an arrow takes the page’s default no longer once it has stepped', () => {
    render(card(first, {}))
    expect(fireEvent.keyDown(document.body, { key: 'ArrowRight' })).toBe(false)
    expect(fireEvent.keyDown(document.body, { key: 'ArrowLeft' })).toBe(false)
    expect(fireEvent.keyDown(document.body, { key: 'Escape' })).toBe(false)
  })

  it('at the first entry ← does nothing, at the last → does nothing', () => {
    const onNext = vi.fn()
    const { unmount } = render(card(first, { onPrevious: null, onNext }, 0))
    // Not stepping, the arrow keeps its default (scrolling the page).
    expect(fireEvent.keyDown(document.body, { key: 'ArrowLeft' })).toBe(true)
    expect(onNext).not.toHaveBeenCalled()
    unmount()
    const onPrevious = vi.fn()
    render(card(first, { onPrevious, onNext: null }, 2))
    expect(fireEvent.keyDown(document.body, { key: 'ArrowRight' })).toBe(true)
    expect(onPrevious).not.toHaveBeenCalled()
  })

  it('arrows edit text in a search box, text area, list box or editable text instead', async () => {
    const user = userEvent.setup()
    const onPrevious = vi.fn()
    const onNext = vi.fn()
    render(
      <>
        <input type="search" aria-label="Search" />
        <textarea aria-label="Note" />
        <select aria-label="Day">
          <option>one</option>
          <option>two</option>
        </select>
        <div contentEditable aria-label="Editable" role="textbox" tabIndex={0} />
        {card(first, { onPrevious, onNext })}
      </>,
    )
    for (const field of [
      screen.getByRole('searchbox', { name: 'Search' }),
      screen.getByRole('textbox', { name: 'Note' }),
      screen.getByRole('combobox', { name: 'Day' }),
    ]) {
      field.focus()
      await user.keyboard('{ArrowLeft}{ArrowRight}')
    }
    // jsdom has no isContentEditable; the browser sets it for contentEditable elements.
    const editable = screen.getByRole('textbox', { name: 'Editable' })
    Object.defineProperty(editable, 'isContentEditable', { value: true })
    fireEvent.keyDown(editable, { key: 'ArrowLeft' })
    fireEvent.keyDown(editable, { key: 'ArrowRight' })
    expect(onPrevious).not.toHaveBeenCalled()
    expect(onNext).not.toHaveBeenCalled()
  })

  it('Escape closes the card even from the search box', async () => {
    const user = userEvent.setup()
    const onClose = vi.fn()
    render(
      <>
        <input type="search" aria-label="Search" />
        {card(first, { onClose })}
      </>,
    )
    screen.getByRole('searchbox', { name: 'Search' }).focus()
    await user.keyboard('{Escape}')
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  it('arrows pan the map when it has focus, and step again once it has not', async () => {
    const user = userEvent.setup()
    const onNext = vi.fn()
    render(
      <>
        {/* Leaflet's container, where the arrow keys pan the map. */}
        <div className="leaflet-container">
          <button type="button">Jilin Haiwang</button>
        </div>
        <button type="button">Elsewhere</button>
        {card(first, { onNext })}
      </>,
    )
    screen.getByRole('button', { name: 'Jilin Haiwang' }).focus()
    await user.keyboard('{ArrowRight}')
    expect(onNext).not.toHaveBeenCalled()
    screen.getByRole('button', { name: 'Elsewhere' }).focus()
    await user.keyboard('{ArrowRight}')
    expect(onNext).toHaveBeenCalledTimes(1)
  })

  it('arrows with Alt, Ctrl or Meta are left to the browser (Alt+← is Back)', async () => {
    const user = userEvent.setup()
    const onPrevious = vi.fn()
    const onNext = vi.fn()
    render(card(first, { onPrevious, onNext }))
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}{Control>}{ArrowRight}{/Control}')
    await user.keyboard('{Meta>}{ArrowLeft}{/Meta}')
    expect(onPrevious).not.toHaveBeenCalled()
    expect(onNext).not.toHaveBeenCalled()
  })

  it('a dialog open above the card keeps Escape and the arrows', async () => {
    const user = userEvent.setup()
    const onClose = vi.fn()
    const onNext = vi.fn()
    render(
      <>
        <dialog open aria-label="Suggest a correction" />
        {card(first, { onClose, onNext })}
      </>,
    )
    await user.keyboard('{Escape}{ArrowRight}')
    expect(onClose).not.toHaveBeenCalled()
    expect(onNext).not.toHaveBeenCalled()
  })

  it('a closed card listens no more', async () => {
    const user = userEvent.setup()
    const onClose = vi.fn()
    const onNext = vi.fn()
    const { unmount } = render(card(first, { onClose, onNext }))
    unmount()
    await user.keyboard('{Escape}{ArrowRight}')
    expect(onClose).not.toHaveBeenCalled()
    expect(onNext).not.toHaveBeenCalled()
  })

  it('after stepping, the keys act on the card now shown', async () => {
    const user = userEvent.setup()
    const toSecond = vi.fn()
    const toThird = vi.fn()
    const { rerender } = render(card(first, { onNext: toSecond }, 0))
    rerender(card(second, { onNext: toThird }, 1))
    await user.keyboard('{ArrowRight}')
    expect(toThird).toHaveBeenCalledTimes(1)
    expect(toSecond).not.toHaveBeenCalled()
  })
})

describe('Previous and Next at the card’s foot', () => {
  it('both work in the middle of the list', async () => {
    const user = userEvent.setup()
    const onPrevious = vi.fn()
    const onNext = vi.fn()
    render(card(first, { onPrevious, onNext }, 1, 3))
    const steps = screen.getByRole('navigation', { name: '2 of 3' })
    await user.click(within(steps).getByRole('button', { name: /Next/ }))
    expect(onNext).toHaveBeenCalledTimes(1)
    await user.click(within(steps).getByRole('button', { name: /Previous/ }))
    expect(onPrevious).toHaveBeenCalledTimes(1)
  })

  it('Previous is disabled at the first entry, Next still enabled', () => {
    render(card(first, { onPrevious: null }, 0, 3))
    const steps = screen.getByRole('navigation', { name: '1 of 3' })
    expect(within(steps).getByRole('button', { name: /Previous/ })).toBeDisabled()
    expect(within(steps).getByRole('button', { name: /Next/ })).toBeEnabled()
  })
})

describe('focus in the card', () => {
  it('moves to the new heading when the card shows another enterprise', async () => {
    const user = userEvent.setup()
    const { rerender } = render(card(first, {}, 0))
    await user.click(screen.getByRole('button', { name: /Next/ }))
    expect(screen.getByRole('button', { name: /Next/ })).toHaveFocus()
    rerender(card(second, {}, 1))
    expect(screen.getByRole('heading', { level: 2, name: 'Jilin Haiwang' })).toHaveFocus()
  })

  it('the heading takes focus but is no Tab stop: Tab from the page’s start reaches Close', async () => {
    const user = userEvent.setup()
    render(card(first, {}))
    screen.getByRole('heading', { level: 2, name: 'Lingyuan Technology' }).blur()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Close card' })).toHaveFocus()
  })
})
