import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { DayFilter } from '../../src/ui/DayFilter'

const counts = [
  { day: '2024-03-04', count: 0 },
  { day: '2024-03-06', count: 1 },
  { day: 'unknown', count: 8 },
]

describe('DayFilter', () => {
  it('has one box per tour day and one for "date not reported", with counts', () => {
    render(<DayFilter counts={counts} selection={null} onToggle={vi.fn()} />)
    const group = screen.getByRole('group', { name: 'Visit day' })
    expect(within(group).getAllByRole('checkbox')).toEqual([
      within(group).getByRole('checkbox', { name: '4 March (0)' }),
      within(group).getByRole('checkbox', { name: '6 March (1)' }),
      within(group).getByRole('checkbox', { name: 'Date not reported (8)' }),
    ])
    for (const box of within(group).getAllByRole('checkbox')) expect(box).toBeChecked()
  })

  it('reflects a selection and reports toggles', async () => {
    const user = userEvent.setup()
    const onToggle = vi.fn()
    render(<DayFilter counts={counts} selection={['2024-03-06']} onToggle={onToggle} />)
    expect(screen.getByRole('checkbox', { name: '6 March (1)' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Date not reported (8)' })).not.toBeChecked()
    await user.click(screen.getByRole('checkbox', { name: 'Date not reported (8)' }))
    expect(onToggle).toHaveBeenCalledWith('unknown', true)
    await user.click(screen.getByRole('checkbox', { name: '6 March (1)' }))
    expect(onToggle).toHaveBeenLastCalledWith('2024-03-06', false)
  })

  it('is left out when the dataset has no days to offer', () => {
    render(<DayFilter counts={[]} selection={null} onToggle={vi.fn()} />)
    expect(screen.queryByRole('group')).toBeNull()
  })
})
