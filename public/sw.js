// Tour Map's service worker: the app shell and its own data work offline on a second visit.
// It answers only same-origin GET requests. Map tiles, and anything else from another host,
// are never intercepted or cached (the OpenStreetMap tile policy forbids offline copies).
const CACHE = 'tour-map-v1'
const scope = self.registration.scope

// Files the page has just downloaded are taken from the HTTP cache (force-cache) rather than
// downloaded a second time; hashed assets never change under one name, and the dataset is
// refreshed by networkFirst on every later visit.
const fromHttpCache = (url) => fetch(url, { cache: 'force-cache' })

async function precache() {
  const cache = await caches.open(CACHE)
  const shell = await fetch(scope)
  await cache.put(scope, shell.clone())
  const html = await shell.text()
  const urls = new Set([
    new URL('data/enterprises.geojson', scope).href,
    new URL('data/jilin-districts.geojson', scope).href,
  ])
  const scripts = new Set()
  for (const match of html.matchAll(/(?:src|href)="([^"]+\.(?:js|css|svg))"/g)) {
    const url = new URL(match[1], scope).href
    if (url.endsWith('.js')) scripts.add(url)
    else urls.add(url)
  }
  // Lazy chunks are named inside the entry script, not in the page.
  for (const url of scripts) {
    const response = await fromHttpCache(url)
    await cache.put(url, response.clone())
    const script = await response.text()
    for (const match of script.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g))
      if (match[1] !== 'sw.js') urls.add(new URL(`assets/${match[1]}`, scope).href)
  }
  for (let slot = 0; slot < 8; slot++) {
    for (const kind of ['solid', 'approximate'])
      urls.add(new URL(`markers/industry-${slot}-${kind}.svg`, scope).href)
  }
  await Promise.all(
    [...urls].map(async (url) => {
      const response = await fromHttpCache(url).catch(() => null)
      if (response?.ok) await cache.put(url, response)
    }),
  )
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
