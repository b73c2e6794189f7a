import { readFileSync } from 'node:fs'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/app/App'
import {
  bundledDatasetPath,
  bundledFeatures,
  makeCollection,
  makeFeature,
  readBundledDataset,
} from '../support/dataset-fixtures'
import { renderWithQuery } from '../support/render'

vi.mock('../../src/map/TourMap', async () => {
  const { FakeTourMap } = await import('../support/fake-tour-map')
  return { TourMap: FakeTourMap }
})

const bundled = readFileSync(bundledDatasetPath, 'utf8')
// Every count below is read from the dataset file, so the tests hold whatever it grows to.
const total = bundledFeatures().length
const countOf = (industry: string) =>
  bundledFeatures().filter((f) => f.properties.industry === industry).length
const shownOf = (shown: number) => `${String(shown)} of ${String(total)} enterprises`
/** The lines of the alert's problem list, once the app has loaded the response. */
async function problemsListed() {
  renderWithQuery(<App />)
  const alert = await screen.findByRole('alert')
  return within(alert)
    .getAllByRole('listitem')
    .map((li) => li.textContent)
}
const visited = (readBundledDataset() as { tour: { enterprisesVisited: number } }).tour
  .enterprisesVisited
const fetchMock = vi.fn<typeof fetch>()

function respond(body: string, init: ResponseInit = {}) {
  fetchMock.mockResolvedValueOnce(new Response(body, init))
}

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock)
})

afterEach(() => {
  fetchMock.mockReset()
  vi.unstubAllGlobals()
})

describe('App with the bundled dataset', () => {
  beforeEach(() => {
    respond(bundled)
  })

  it('shows a loading status, then the tour coverage and the count', async () => {
    renderWithQuery(<App />)
    expect(screen.getByRole('status')).toHaveTextContent('Loading the enterprises')
    expect(await screen.findByText(shownOf(total))).toHaveAttribute('role', 'status')
    expect(
      within(screen.getByRole('banner')).getByText(
        `${String(visited)} enterprises visited · ${String(total)} identified`,
      ),
    ).toBeInTheDocument()
    expect(fetchMock).toHaveBeenCalledWith('/data/enterprises.geojson', expect.anything())
  })

  it('filters by industry and writes the filter into the URL', async () => {
    const user = userEvent.setup()
    renderWithQuery(<App />)
    await user.click(await screen.findByRole('checkbox', { name: /^Pharmaceuticals & health/ }))
    expect(screen.getByRole('status')).toHaveTextContent(
      shownOf(total - countOf('Pharmaceuticals & health')),
    )
    const markers = screen.getByRole('list', { name: 'Markers' })
    expect(
      within(markers).queryByRole('button', { name: 'Changbaishan Pharmaceutical' }),
    ).toBeNull()
    expect(new URLSearchParams(window.location.search).getAll('industry')).not.toContain(
      'Pharmaceuticals & health',
    )
  })

  it('opens a card from a marker, records it in the URL, and closes it', async () => {
    const user = userEvent.setup()
    renderWithQuery(<App />)
    await user.click(await screen.findByRole('button', { name: 'Jilin Tianchi Molybdenum' }))
    const card = screen.getByRole('article', { name: 'Jilin Tianchi Molybdenum' })
    expect(card).toHaveTextContent('Approximate: somewhere in Shulan City')
    expect(window.location.search).toBe('?id=jilin-tianchi-molybdenum')
    await user.click(within(card).getByRole('button', { name: 'Close card' }))
    expect(screen.queryByRole('article')).toBeNull()
    expect(window.location.search).toBe('')
  })

  it('restores filter and card from the URL', async () => {
    window.history.replaceState(
      null,
      '',
      '/?industry=Machinery+%26+equipment&id=lingyuan-technology',
    )
    renderWithQuery(<App />)
    expect(await screen.findByRole('article', { name: 'Lingyuan Technology' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(shownOf(countOf('Machinery & equipment')))
    expect(screen.getByRole('checkbox', { name: /^Automotive/ })).not.toBeChecked()
  })
})

describe('App history: filters replace the entry, opening a card pushes one', () => {
  beforeEach(() => {
    respond(bundled)
  })

  it('Hide all then Show all brings every enterprise back', async () => {
    const user = userEvent.setup()
    renderWithQuery(<App />)
    await screen.findByText(shownOf(total))
    await user.click(screen.getByRole('button', { name: 'Hide all' }))
    expect(screen.getByRole('status')).toHaveTextContent(shownOf(0))
    await user.click(screen.getByRole('button', { name: 'Show all' }))
    expect(screen.getByRole('status')).toHaveTextContent(shownOf(total))
    expect(
      within(screen.getByRole('list', { name: 'Markers' })).getAllByRole('button'),
    ).toHaveLength(total)
    expect(window.location.search).toBe('')
  })

  it('filters and search replace the history entry; a card pushes one', async () => {
    const user = userEvent.setup()
    const push = vi.spyOn(window.history, 'pushState')
    const replace = vi.spyOn(window.history, 'replaceState')
    renderWithQuery(<App />)
    await screen.findByText(shownOf(total))
    await user.click(screen.getByRole('checkbox', { name: /^Automotive/ }))
    await user.click(screen.getByRole('checkbox', { name: /^Automotive/ }))
    await user.click(screen.getByRole('button', { name: 'Hide all' }))
    await user.click(screen.getByRole('button', { name: 'Show all' }))
    await user.type(screen.getByRole('searchbox'), 'ji')
    expect(push).not.toHaveBeenCalled()
    expect(replace).toHaveBeenCalled()
    const first = bundledFeatures().find((f) => f.properties.name.toLowerCase().includes('ji'))
    if (first === undefined) throw new Error('no enterprise matches "ji"')
    await user.click(screen.getByRole('button', { name: first.properties.name }))
    expect(push).toHaveBeenCalledTimes(1)
    expect(push.mock.calls[0]?.[2]).toContain(`id=${first.id}`)
    push.mockRestore()
    replace.mockRestore()
  })
})

describe('App when the data is missing or broken', () => {
  it('names the HTTP status and recovers on Retry', async () => {
    const user = userEvent.setup()
    respond('Not found', { status: 404, statusText: 'Not Found' })
    renderWithQuery(<App />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('HTTP 404 Not Found')
    expect(fetchMock).toHaveBeenCalledTimes(1)
    respond(bundled)
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText(shownOf(total))).toBeInTheDocument()
  })

  it('says when the file is not JSON', async () => {
    respond('{"type": "FeatureCollection", ')
    renderWithQuery(<App />)
    expect(await screen.findByRole('alert')).toHaveTextContent('is not valid JSON')
  })

  it('says when a web page came back instead of data', async () => {
    respond('<!doctype html><title>Blocked</title>')
    renderWithQuery(<App />)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This is a web page (HTML), not GeoJSON data',
    )
  })

  it('retries a failing network twice by itself, then says so', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    renderWithQuery(<App />)
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be reached')
    expect(fetchMock).toHaveBeenCalledTimes(3)
  })

  it('recovers from a passing server error without the user doing anything', async () => {
    respond('', { status: 503 })
    respond(bundled)
    renderWithQuery(<App />)
    expect(await screen.findByText(shownOf(total))).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('lists each invalid feature and field when nothing can be shown', async () => {
    respond(JSON.stringify(makeCollection([makeFeature({ properties: { industry: ' ' } })])))
    renderWithQuery(<App />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'Feature 1 (id “acme-steel”): The field "industry" must not be empty.',
    )
  })

  it('lists every reason of a refused feature, not only the first', async () => {
    respond(
      JSON.stringify(
        makeCollection([
          makeFeature(),
          makeFeature({ id: 'x', coordinates: [43.8, 126.5], properties: { topics: 'x' } }),
        ]),
      ),
    )
    expect(await problemsListed()).toEqual([
      'Feature 2 (id “x”): Its coordinates [43.8, 126.5] look swapped: GeoJSON puts longitude first, then latitude.',
      'Feature 2 (id “x”): The field "topics" should be a list, but it is the text "x".',
    ])
  })

  it('lists every reason when nothing can be shown', async () => {
    respond(
      JSON.stringify(makeCollection([makeFeature({ properties: { industry: '', topics: 'x' } })])),
    )
    expect(await problemsListed()).toEqual([
      'Feature 1 (id “acme-steel”): The field "industry" must not be empty.',
      'Feature 1 (id “acme-steel”): The field "topics" should be a list, but it is the text "x".',
    ])
  })

  it('shows the usable features and reports the rest', async () => {
    respond(
      JSON.stringify(
        makeCollection([makeFeature(), makeFeature({ id: 'x', coordinates: [43.8, 126.5] })]),
      ),
    )
    renderWithQuery(<App />)
    expect(await screen.findByText('1 of 1 enterprises')).toBeInTheDocument()
    // The report loads in its own chunk.
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
    expect(alert).toHaveTextContent('1 feature of the dataset is not shown')
    expect(alert).toHaveTextContent('look swapped')
  })

  it('loads another dataset named by ?data=', async () => {
    window.history.replaceState(null, '', '/?data=https%3A%2F%2Fexample.org%2Ftour.geojson')
    respond(JSON.stringify(makeCollection([makeFeature()])))
    renderWithQuery(<App />)
    expect(await screen.findByRole('button', { name: 'Acme Steel' })).toBeInTheDocument()
    expect(fetchMock).toHaveBeenCalledWith('https://example.org/tour.geojson', expect.anything())
  })
})
