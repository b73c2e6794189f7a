// Tour Map's service worker: the app shell and its own data work offline on a second visit.
// It answers only same-origin GET requests. Map tiles, and anything else from another host,
// are never intercepted or cached (the OpenStreetMap tile policy forbids offline copies).
const CACHE = 'tour-map-v1'
const scope = self.registration.scope

async function precache() {
  const cache = await caches.open(CACHE)
  const html = await (await fetch(scope, { cache: 'no-store' })).text()
  const urls = new Set([
    scope,
    new URL('data/enterprises.geojson', scope).href,
    new URL('data/jilin-districts.geojson', scope).href,
  ])
  for (const match of html.matchAll(/(?:src|href)="([^"]+\.(?:js|css|svg))"/g))
    urls.add(new URL(match[1], scope).href)
  // Lazy chunks are named inside the entry script, not in the page.
  for (const url of [...urls].filter((u) => u.endsWith('.js'))) {
    const script = await (await fetch(url)).text()
    for (const match of script.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g))
      urls.add(new URL(`assets/${match[1]}`, scope).href)
  }
  for (let slot = 0; slot < 8; slot++) {
    for (const kind of ['solid', 'approximate'])
      urls.add(new URL(`markers/industry-${slot}-${kind}.svg`, scope).href)
  }
  await Promise.all([...urls].map((url) => cache.add(url).catch(() => undefined)))
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  )
})

async function networkFirst(request, fallbackUrl) {
  const cache = await caches.open(CACHE)
  try {
    const response = await fetch(request)
    if (response.ok) await cache.put(fallbackUrl ?? request, response.clone())
    return response
  } catch (error) {
    const cached = await cache.match(fallbackUrl ?? request)
    if (cached) return cached
    throw error
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE)
  const cached = await cache.match(request)
  if (cached) return cached
  const response = await fetch(request)
  if (response.ok) await cache.put(request, response.clone())
  return response
}

self.addEventListener('fetch', (event) => {
  const request = event.request
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin) return
  if (request.mode === 'navigate') {
    // Any page URL (with its query) is the same app; keep one copy of the shell.
    event.respondWith(networkFirst(request, scope))
  } else if (url.pathname.includes('/assets/') || url.pathname.includes('/markers/')) {
    // Hashed or versioned files never change under the same name.
    event.respondWith(cacheFirst(request))
  } else {
    event.respondWith(networkFirst(request))
  }
})
