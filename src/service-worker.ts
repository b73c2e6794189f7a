import { rootPath } from './site'

/** Set once a new version of the app is installed and waiting; its Reload activates it. */
let update: (() => void) | null = null
const listeners = new Set<() => void>()

export function subscribeToUpdate(onChange: () => void): () => void {
  listeners.add(onChange)
  return () => listeners.delete(onChange)
}

export function waitingUpdate(): (() => void) | null {
  return update
}

/**
 * Offline second visits: dist/sw.js, built by Workbox from the finished build
 * (scripts/service-worker.ts). Registered after load, with workbox-window loaded then too, so
 * neither competes with the first view. Not in development, where files change under one name.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    void import('workbox-window')
      .then(({ Workbox }) => {
        const workbox = new Workbox(`${rootPath}sw.js`)
        workbox.addEventListener('waiting', () => {
          update = () => {
            workbox.addEventListener('controlling', () => {
              window.location.reload()
            })
            workbox.messageSkipWaiting()
          }
          for (const listener of listeners) listener()
        })
        return workbox.register()
      })
      .catch((error: unknown) => {
        console.info('Tour Map: offline support is unavailable', error)
      })
  })
}
