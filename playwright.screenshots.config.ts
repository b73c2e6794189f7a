import { defineConfig } from '@playwright/test'
import e2e from './playwright.config'

// npm run screenshots: redraws docs/screenshot.png and docs/screenshot-phone.png from the
// production build, with the browser and server settings of the end-to-end suite.
const chromium = e2e.projects?.[0]?.use ?? {}

export default defineConfig({
  ...e2e,
  testDir: 'scripts/screenshots',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  projects: [
    {
      name: 'desktop',
      grep: /desktop: docs/,
      use: { ...chromium, viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'phone',
      grep: /phone: docs/,
      use: {
        ...chromium,
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        isMobile: true,
      },
    },
  ],
})
