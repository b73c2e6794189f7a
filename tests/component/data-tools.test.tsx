import { readFileSync } from 'node:fs'
import { screen, waitFor, within } from '@testing-library/react'
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
import { openAbout } from '../support/open-about'
import { renderWithQuery } from '../support/render'

vi.mock('../../src/map/TourMap', async () => {
  const { FakeTourMap } = await import('../support/fake-tour-map')
  return { TourMap: FakeTourMap }
})

// Counts read from the dataset file, so the tests hold whatever it grows to.
const total = bundledFeatures().length
const allShown = `${String(total)} of ${String(total)} enterprises`
const visited = (readBundledDataset() as { tour: { enterprisesVisited: number } }).tour
  .enterprisesVisited

const bundled = readFileSync(bundledDatasetPath, 'utf8')
const LAZY_CHUNK_MS = 15_000
// Each test renders the whole app and may wait for a lazy chunk.
vi.setConfig({ testTimeout: 30_000 })

beforeEach(() => {
  // The app fetches the dataset and the district outlines; outlines are optional, so a 404 is fine.
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) =>
      Promise.resolve(
        url.endsWith('enterprises.geojson')
          ? new Response(bundled)
          : new Response('', { status: 404 }),
      ),
    ),
  )
})

afterEach(() => {
  vi.unstubAllGlobals()
})

async function renderLoaded() {
  const user = userEvent.setup()
  renderWithQuery(<App />)
  await screen.findByText(allShown)
  return { user }
}

describe('About this data', () => {
  it('opens a dialog with the tour and its coverage, and closes it', async () => {
    const { user } = await renderLoaded()
    await openAbout(user, screen.getByRole('banner'))
    // The dialog is a lazy chunk, which a busy machine may take seconds to load.
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'About this data' },
      { timeout: LAZY_CHUNK_MS },
    )
    expect(dialog).toHaveTextContent(
      `${String(visited)} enterprises visited · ${String(total)} identified · ${String(visited - total)} not yet identified`,
    )
    expect(dialog).toHaveTextContent('Named in the official release: 8.')
    expect(dialog).toHaveTextContent('Last checked against the sources: 7 December 2026')
    expect(
      within(dialog).getByRole('link', { name: 'en.jltzgfgs.com/news_detail/34.html' }),
    ).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Close About this data' }))
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull()
    })
  })
})

describe('Download', () => {
  it('exports only the enterprises shown, with a citation', async () => {
    const blobs: Blob[] = []
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:x'),
        revokeObjectURL: vi.fn(),
      }),
    )
    const { user } = await renderLoaded()
    await user.click(screen.getByRole('checkbox', { name: /^Automotive/ }))
    const exportSection = screen.getByRole('region', { name: 'Download the 8 shown' })
    await user.click(within(exportSection).getByRole('button', { name: 'GeoJSON' }))
    // The exporter is a lazy chunk, too.
    await waitFor(
      () => {
        expect(blobs).toHaveLength(1)
      },
      { timeout: LAZY_CHUNK_MS },
    )
    const exported = JSON.parse(await blobs[0]!.text()) as { features: unknown[]; citation: string }
    expect(exported.features).toHaveLength(8)
    expect(exported.citation).toContain('Tour Map, 8 enterprises from:')
  })
})

describe('Open a file', () => {
  it('shows a file the user picks, says it is not uploaded, and can go back', async () => {
    const { user } = await renderLoaded()
    const file = new File([JSON.stringify(makeCollection([makeFeature()]))], 'mine.geojson', {
      type: 'application/geo+json',
    })
    await user.upload(screen.getByLabelText('Open a file…'), file)
    expect(await screen.findByText('1 of 1 feature')).toBeInTheDocument()
    expect(screen.getByText(/Showing your file/)).toHaveTextContent(
      'mine.geojson, read in this browser and not uploaded',
    )
    await user.click(screen.getByRole('button', { name: 'Back to the built-in dataset' }))
    expect(await screen.findByText(allShown)).toBeInTheDocument()
  })

  it('reports an unusable file without a pointless Retry, offering another file', async () => {
    const { user } = await renderLoaded()
    const file = new File(['{"type":"Point","coordinates":[1,2]}'], 'point.geojson')
    await user.upload(screen.getByLabelText('Open a file…'), file)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('“point.geojson” cannot be shown')
    expect(alert).toHaveTextContent('no features to show')
    expect(within(alert).queryByRole('button', { name: 'Retry' })).toBeNull()
    expect(within(alert).getByLabelText('Open a file…')).toBeInTheDocument()
  })
})
