import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from '../../src/ui/ErrorBoundary'
import { PartFailed } from '../../src/ui/PartFailed'

let broken = true
function Fragile() {
  if (broken) throw new Error('boom')
  return <p>Map works again</p>
}

afterEach(() => {
  vi.restoreAllMocks()
  broken = true
})

describe('ErrorBoundary', () => {
  it('replaces only the failed part with a message, and Retry brings it back', async () => {
    // React reports caught errors on the console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    vi.spyOn(console, 'info').mockImplementation(() => undefined)
    const user = userEvent.setup()
    render(
      <>
        <ErrorBoundary fallback={(retry) => <PartFailed part="map" onRetry={retry} />}>
          <Fragile />
        </ErrorBoundary>
        <button type="button">Filters still work</button>
      </>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The map could not be shown because of an error.',
    )
    expect(screen.getByRole('button', { name: 'Filters still work' })).toBeEnabled()
    broken = false
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(screen.getByText('Map works again')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
