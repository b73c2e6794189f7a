import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ENTERPRISE_FIELDS } from '../../src/domain/enterprise-fields'
import { withDefaults } from '../../src/domain/field-table'
import type { Enterprise } from '../../src/domain/enterprise'
import { loadCorrectionDialog } from '../../src/ui/correction-dialog-code'
import { SuggestCorrection } from '../../src/ui/SuggestCorrection'

const acme: Enterprise = {
  ...withDefaults(ENTERPRISE_FIELDS, {}),
  id: 'acme-steel',
  name: 'Acme Steel',
  industry: 'Steel & metallurgy',
  products: 'Steel billets',
  position: { lat: 43.8, lng: 126.5 },
}

// The form is a lazy chunk; its first load can take a while on a busy machine.
const LAZY = { timeout: 10_000 }

async function openForm(address: string | null = null) {
  const user = userEvent.setup()
  const view = render(
    <SuggestCorrection enterprise={acme} setup={{ address, datasetVersion: '2026-12-07' }} />,
  )
  // As a reader does: pointing at the button asks for the form's code, which arrives before the
  // click. (A click before it would suspend inside user-event's act(), which jsdom never resumes;
  // the end-to-end tests click at once in a real browser.)
  const button = screen.getByRole('button', { name: 'Suggest a correction' })
  await user.hover(button)
  await loadCorrectionDialog()
  await user.click(button)
  const dialog = await screen.findByRole('dialog', { name: 'Suggest a correction' }, LAZY)
  return { user, dialog, view }
}

const fact = () => screen.getByRole('textbox', { name: 'The correct fact' })
const source = () => screen.getByRole('textbox', { name: 'Public source (web address)' })
const prepare = () => screen.getByRole('button', { name: 'Prepare report' })

beforeEach(() => {
  localStorage.clear()
})

describe('Suggest a correction', { timeout: 30_000 }, () => {
  it('asks for the correct fact and a source, tying each error to its field', async () => {
    const { user } = await openForm()
    await user.click(prepare())
    expect(fact()).toHaveAccessibleDescription(/Write the correct fact\./)
    expect(fact()).toBeInvalid()
    expect(source()).toHaveAccessibleDescription(/Give the web address of a public source\./)
    expect(fact()).toHaveFocus()
    expect(screen.queryByRole('textbox', { name: 'Your report' })).toBeNull()
  })

  it('refuses a source that is not an http(s) address and moves focus to it', async () => {
    const { user } = await openForm()
    await user.type(fact(), 'Makes wire rod')
    await user.type(source(), 'javascript:alert(1)')
    await user.click(prepare())
    expect(source()).toHaveAccessibleDescription(/must be a web address starting with http/)
    expect(source()).toHaveFocus()
    expect(fact()).toBeValid()
  })

  it('prepares a report with the id, field, current value, page and version, and copies it', async () => {
    const { user } = await openForm()
    await user.selectOptions(screen.getByRole('combobox', { name: 'What is wrong' }), 'Products')
    await user.type(fact(), 'Makes wire rod')
    await user.type(source(), 'https://news.example/acme')
    await user.click(prepare())
    const report = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Your report' })
    expect(screen.getByRole('heading', { name: 'Your report' })).toHaveFocus()
    for (const line of [
      'acme-steel (Acme Steel)',
      'What is wrong: Products [products]',
      'products: Steel billets',
      'Makes wire rod',
      'Source: https://news.example/acme',
      `Page: ${window.location.href}`,
      'Dataset version (last checked): 2026-12-07',
    ]) {
      expect(report.value).toContain(line)
    }
    await user.click(screen.getByRole('button', { name: 'Copy report' }))
    expect(await screen.findByText('Report copied.')).toBeInTheDocument()
    expect(await navigator.clipboard.readText()).toBe(report.value)
    expect(screen.queryByRole('link', { name: /pre-filled/ })).toBeNull()
  })

  it('selects the report for copying by hand when the clipboard is refused', async () => {
    const { user } = await openForm()
    await user.type(fact(), 'Makes wire rod')
    await user.type(source(), 'https://news.example/acme')
    await user.click(prepare())
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'))
    await user.click(screen.getByRole('button', { name: 'Copy report' }))
    expect(await screen.findByText(/Could not copy automatically/)).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Your report' })).toHaveFocus()
  })

  it('opens the configured tracker pre-filled, only as a link the reader follows', async () => {
    const { user } = await openForm('https://github.com/example/tour-map/issues/new')
    await user.type(fact(), 'Makes wire rod')
    await user.type(source(), 'https://news.example/acme')
    await user.click(prepare())
    const link = screen.getByRole('link', { name: 'Open a new issue, pre-filled' })
    const href = new URL(link.getAttribute('href') ?? '')
    expect(href.searchParams.get('title')).toBe('Correction: acme-steel · Name')
    expect(href.searchParams.get('body')).toContain('Makes wire rod')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it('keeps a half-written report when the page is reloaded', async () => {
    const { user, view } = await openForm()
    await user.type(fact(), 'Half a sentence')
    view.unmount()
    const again = await openForm()
    expect(fact()).toHaveValue('Half a sentence')
    expect(within(again.dialog).getByText('Your unfinished report was restored.')).toBeVisible()
    await again.user.click(screen.getByRole('button', { name: 'Clear form' }))
    expect(fact()).toHaveValue('')
    expect(localStorage.length).toBe(0)
  })
})
