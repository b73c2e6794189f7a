import { within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { loadAboutDialog } from '../../src/app/later-parts'

/**
 * Opens About as a reader does: pointing at its button asks for the dialog's code, which arrives
 * before the click. (A click before it would suspend inside user-event's act(), which jsdom never
 * resumes; the end-to-end tests click at once in a real browser.)
 */
export async function openAbout(user: UserEvent, banner: HTMLElement): Promise<void> {
  const button = within(banner).getByRole('button', { name: 'About this data' })
  await user.hover(button)
  await loadAboutDialog()
  await user.click(button)
}
