import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
import { loadEnglish } from '../src/i18n/i18n'

// The app loads its strings on demand (src/main.tsx); components rendered on their own, outside
// an I18nProvider, read English, loaded here once.
await loadEnglish()

// findBy* waits for lazy chunks (About, the data report, other data's controls), which a busy
// machine loads in more than the default second.
configure({ asyncUtilTimeout: 5_000 })

afterEach(() => {
  cleanup()
  // Each test arrives on a fresh page: no language or title left by the one before.
  document.documentElement.lang = ''
  document.title = ''
  window.history.replaceState(null, '', '/')
})

// jsdom has no modal dialogs; Chromium's real ones are covered by the end-to-end tests.
if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true
  }
}

// jsdom does no layout, so it has no scrolling either.
if (typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = function scrollIntoView() {
    // nothing to scroll without layout
  }
}
