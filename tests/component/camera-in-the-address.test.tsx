import { afterEach, describe, expect, it } from 'vitest'
import { pageLocation, writeCamera } from '../../src/state/use-view-state'

// Panning keeps the camera in the address, for links and reloads, without a history entry per
// pan; the page's address is read relative to where the site is installed.

afterEach(() => {
  window.history.replaceState(null, '', '/')
})

describe('the camera in the address', () => {
  it('is written into the address, the rest of it kept, without a new history entry', () => {
    window.history.replaceState(null, '', '/maps/tour/zh/?industry=Automotive#top')
    const entries = window.history.length
    writeCamera('/maps/tour/', { zoom: 9, lat: 43.8378, lng: 126.5494 })
    expect(window.location.pathname).toBe('/maps/tour/zh/')
    expect(new URLSearchParams(window.location.search).get('map')).toBe('9/43.8378/126.5494')
    expect(new URLSearchParams(window.location.search).get('industry')).toBe('Automotive')
    expect(window.location.hash).toBe('#top')
    expect(window.history.length).toBe(entries)
  })
})

describe('the page’s address', () => {
  it('is read relative to the site’s root folder', () => {
    window.history.replaceState(null, '', '/maps/tour/zh/e/jilin-haiwang/?q=steel')
    expect(pageLocation('/maps/tour/')).toBe('zh/e/jilin-haiwang/?q=steel')
  })

  it('outside the site’s folder, keeps only the query string', () => {
    window.history.replaceState(null, '', '/elsewhere/maps/tour/?q=steel')
    expect(pageLocation('/maps/tour/')).toBe('?q=steel')
  })
})
