import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { IndustryFilter } from '../../src/ui/IndustryFilter'

// The industry filter is also the legend: each box sits beside the pin its industry is drawn
// with, and "Hide all" is offered only while something is shown.

const counts = [
  { industry: 'Automotive', count: 1 },
  { industry: 'Chemicals & new materials', count: 1 },
  { industry: 'Pharmaceuticals & health', count: 2 },
]

function renderFilter(selection: readonly string[] | null) {
  render(
    <IndustryFilter
      counts={counts}
      selection={selection}
      slots={
        new Map([
          ['Automotive', 0],
          ['Chemicals & new materials', 3],
        ])
      }
      onToggle={vi.fn()}
      onSelectAll={vi.fn()}
    />,
  )
}

/** The pin picture beside an industry's box (decorative, so found through its label's text). */
function pinOf(industry: string): string | null {
  // The picture has no role (alt=""): it is found beside its box, as a sighted reader finds it.
  // eslint-disable-next-line testing-library/no-node-access
  const label = screen.getByRole('checkbox', { name: new RegExp(`^${industry}`) }).closest('label')
  return label?.querySelector('img')?.getAttribute('src') ?? null
}

describe('the industry legend', () => {
  it('shows each industry’s own pin, and the first pin for an industry without a style', () => {
    renderFilter(null)
    expect(pinOf('Automotive')).not.toBe(pinOf('Chemicals'))
    expect(pinOf('Pharmaceuticals')).toBe(pinOf('Automotive'))
  })

  it('offers Hide all while some industries are still shown', () => {
    renderFilter(['Automotive'])
    expect(screen.getByRole('button', { name: 'Hide all' })).toBeEnabled()
  })
})
