import { rootPath } from './site'
import { announceUpdate } from './update-waiting'

/**
 * Offline second visits: dist/sw.js, built by Workbox from the finished build
 * (scripts/service-worker.ts). main.tsx loads this module after the page's load event, and
 * workbox-window with it, so neither is part of the first view nor competes with it.
 */
export async function registerServiceWorker(): Promise<void> {
  try {
    const { Workbox } = await import('workbox-window')
    const workbox = new Workbox(`${rootPath}sw.js`)
    workbox.addEventListener('waiting', () => {
      announceUpdate(() => {
        workbox.addEventListener('controlling', () => {
          window.location.reload()
        })
        workbox.messageSkipWaiting()
      })
    })
    await workbox.register()
  } catch (error: unknown) {
    console.info('Tour Map: offline support is unavailable', error)
  }
}
