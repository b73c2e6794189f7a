import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { IndustryFilter } from '../../src/ui/IndustryFilter'

const counts = [
  { industry: 'Automotive', count: 1 },
  { industry: 'Pharmaceuticals & health', count: 2 },
]

describe('IndustryFilter', () => {
  it('has one checkbox per industry, labelled with its name and count', () => {
    render(
      <IndustryFilter
        counts={counts}
        selection={null}
        slots={new Map()}
        onToggle={vi.fn()}
        onSelectAll={vi.fn()}
      />,
    )
    const group = screen.getByRole('group', { name: 'Industry' })
    const boxes = within(group).getAllByRole('checkbox')
    expect(boxes).toHaveLength(2)
    expect(within(group).getByRole('checkbox', { name: 'Automotive (1)' })).toBeChecked()
    expect(
      within(group).getByRole('checkbox', { name: 'Pharmaceuticals & health (2)' }),
    ).toBeChecked()
  })

  it('reflects a selection and reports toggles', async () => {
    const user = userEvent.setup()
    const onToggle = vi.fn()
    render(
      <IndustryFilter
        counts={counts}
        selection={['Automotive']}
        slots={new Map()}
        onToggle={onToggle}
        onSelectAll={vi.fn()}
      />,
    )
    expect(screen.getByRole('checkbox', { name: /^Pharmaceuticals & health/ })).not.toBeChecked()
    await user.click(screen.getByRole('checkbox', { name: /^Automotive/ }))
    expect(onToggle).toHaveBeenCalledWith('Automotive', false)
  })

  it('offers Show all only when something is hidden', async () => {
    const user = userEvent.setup()
    const onSelectAll = vi.fn()
    const { rerender } = render(
      <IndustryFilter
        counts={counts}
        selection={null}
        slots={new Map()}
        onToggle={vi.fn()}
        onSelectAll={onSelectAll}
      />,
    )
    expect(screen.getByRole('button', { name: 'Show all' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Hide all' }))
    expect(onSelectAll).toHaveBeenCalledWith(false)
    rerender(
      <IndustryFilter
        counts={counts}
        selection={[]}
        slots={new Map()}
        onToggle={vi.fn()}
        onSelectAll={onSelectAll}
      />,
    )
    expect(screen.getByRole('button', { name: 'Hide all' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Show all' }))
    expect(onSelectAll).toHaveBeenLastCalledWith(true)
  })
})
