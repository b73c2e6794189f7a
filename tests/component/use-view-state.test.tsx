import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useViewState } from '../../src/state/use-view-state'

/** The page's own folder as the site's root: these tests are about the query string. */
function siteHere() {
  return { rootPath: window.location.pathname.replace(/[^/]*$/, ''), serverLocation: '' }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('useViewState: the URL is the store', () => {
  it('reads the view from the address', () => {
    window.history.replaceState(null, '', '/?industry=Automotive&q=steel#top')
    const { result } = renderHook(() => useViewState(siteHere()))
    expect(result.current[0].industries).toEqual(['Automotive'])
    expect(result.current[0].query).toBe('steel')
  })

  it('replaces the history entry by default, keeping path and hash', () => {
    window.history.replaceState(null, '', '/tour/?q=steel#top')
    const push = vi.spyOn(window.history, 'pushState')
    const { result } = renderHook(() => useViewState(siteHere()))
    act(() => {
      result.current[1]({ query: 'jilin' })
    })
    expect(push).not.toHaveBeenCalled()
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe(
      '/tour/?q=jilin#top',
    )
    expect(result.current[0].query).toBe('jilin')
  })

  it('pushes an entry when asked, so Back returns to the previous view', () => {
    window.history.replaceState(null, '', '/')
    const push = vi.spyOn(window.history, 'pushState')
    const replace = vi.spyOn(window.history, 'replaceState')
    const { result } = renderHook(() => useViewState(siteHere()))
    act(() => {
      result.current[1]({ selectedId: 'jiqi-longshan' }, { push: true })
    })
    expect(push).toHaveBeenCalledTimes(1)
    expect(push).toHaveBeenCalledWith(null, '', '/?id=jiqi-longshan')
    expect(replace).not.toHaveBeenCalled()
    expect(result.current[0].selectedId).toBe('jiqi-longshan')
  })

  it('writes nothing when the view does not change', () => {
    window.history.replaceState(null, '', '/?q=steel')
    const push = vi.spyOn(window.history, 'pushState')
    const replace = vi.spyOn(window.history, 'replaceState')
    const { result } = renderHook(() => useViewState(siteHere()))
    act(() => {
      result.current[1]({ query: 'steel' }, { push: true })
    })
    expect(push).not.toHaveBeenCalled()
    expect(replace).not.toHaveBeenCalled()
  })

  it('follows Back and Forward (popstate)', () => {
    window.history.replaceState(null, '', '/')
    const { result } = renderHook(() => useViewState(siteHere()))
    act(() => {
      window.history.replaceState(null, '', '/?id=lingyuan-technology')
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    expect(result.current[0].selectedId).toBe('lingyuan-technology')
  })

  it('stops listening when unmounted', () => {
    const remove = vi.spyOn(window, 'removeEventListener')
    const { unmount } = renderHook(() => useViewState(siteHere()))
    unmount()
    expect(remove.mock.calls.map(([type]) => type)).toEqual(
      expect.arrayContaining(['popstate', 'tourmap:navigate']),
    )
  })
})
