import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { reportChecked, reportProgress } from '../../src/data/load-progress'
import { LoadingStatus } from '../../src/ui/LoadingStatus'

describe('the loading line of another dataset', () => {
  it('says how much has arrived, then how many are checked while the file still downloads, then of how many', async () => {
    const url = 'https://example.org/large.geojson'
    render(<LoadingStatus url={url} />)
    expect(screen.getByRole('status')).toHaveTextContent('Loading the enterprises')
    reportProgress(url, 3 * 1024 * 1024)
    expect(await screen.findByText('Loading the enterprises… 3.0 MB received')).toHaveAttribute(
      'role',
      'status',
    )
    // Features are checked as they arrive; the file's count is not known yet.
    reportChecked(url, 2000, 0)
    expect(
      await screen.findByText('Loading the enterprises… 3.0 MB received, 2,000 checked'),
    ).toHaveAttribute('role', 'status')
    reportChecked(url, 5000, 12000)
    expect(
      await screen.findByText('Checking the enterprises… 5,000 of 12,000 done'),
    ).toHaveAttribute('role', 'status')
  })
})
