import { rootPath } from './site'

/** Offline second visits (public/sw.js). Not in development, where files change under one name. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${rootPath}sw.js`).catch((error: unknown) => {
      console.info('Tour Map: offline support is unavailable', error)
    })
  })
}
