// Builds dist/sw.js with Workbox after the prerender (scripts/prerender.ts), so that its precache
// list names every file of the finished build, prerendered pages included, each with a hash.
// vite-plugin-pwa would run inside `vite build`, before the pages exist.
import { generateSW } from 'workbox-build'

const { count, size, warnings } = await generateSW({
  globDirectory: 'dist',
  // The app, its pages, its data, pins and the map picture a page shows before its map is drawn.
  // Not the link-preview pictures: only other sites read them.
  globPatterns: ['**/*.{html,js,css,svg,png,geojson,json,txt,xml}'],
  globIgnores: ['previews/*.png'],
  swDest: 'dist/sw.js',
  cacheId: 'tour-map',
  // A page's ?id=, ?industry=… address is the same file as the page.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  // Vite's hashed files never change under one name: the precache may take them from the HTTP
  // cache the page just filled, instead of downloading each a second time with a revision query.
  dontCacheBustURLsMatching: /-[\w-]{8}\.(?:js|css|png|svg)$/,
  // A new version waits until the reader chooses Reload (src/service-worker.ts).
  skipWaiting: false,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  // No runtime caching at all: map tiles and anything else from another host are never stored
  // (the OpenStreetMap tile policy forbids offline copies), and other requests go to the network.
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
})
for (const warning of warnings) console.warn(`service worker: ${warning}`)
console.log(`service worker: ${String(count)} files precached (${(size / 1024).toFixed(0)} KB)`)
