// npm run lighthouse: Lighthouse 12.2.3 (13 needs Node 22), its default mobile preset (simulated
// slow 4G and a 4× slower CPU), on the production build served by `vite preview`, three runs of
// each page in Debian's Chromium, medians printed and written to reports/lighthouse.json.
// Run `npm run build` first.
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import puppeteer from 'puppeteer-core'

// LIGHTHOUSE_RUNS and LIGHTHOUSE_PAGES (comma-separated paths, '' for the map) narrow a run while
// working; LIGHTHOUSE_KEEP=1 also writes each full report to reports/lighthouse-<page>-<run>.json.
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
// Tiles are answered here with a blank picture (as in npm run bench): tile servers are unreachable
// on this machine and on CI, and without tiles the map would show its "basemap unavailable"
// notice late, which then became the largest paint. Readers get real tiles; what is measured is
// the app, not a missing network. docs/performance.md says so beside the numbers.
const TILE = /^https:\/\/([a-z]\.)?tile\.openstreetmap\.org\//
const BLANK_TILE = Buffer.from(
  // 256×256, one colour: a tile's own size (smaller would fail the image-size audit).
  'iVBORw0KGgoAAAANSUhEUgAAAQAAAAEAAQAAAAB0CZXLAAAAM0lEQVR42u3KoQEAAAwCIP9/Wk9YXYBMeoggCIIgCIIgCIIgCIIgCIIgCIIgCIIgCMLvMPPS4dI8z/G7AAAAAElFTkSuQmCC',
  'base64',
)
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4310)
const origin = `http://127.0.0.1:${String(port)}/`
const pages = process.env.LIGHTHOUSE_PAGES?.split(',') ?? ['', 'e/jilin-haiwang/', 'zh/']
const categories = ['performance', 'accessibility', 'best-practices'] as const
const metrics = {
  TBT: 'total-blocking-time',
  LCP: 'largest-contentful-paint',
  FCP: 'first-contentful-paint',
  CLS: 'cumulative-layout-shift',
} as const

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(origin)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`vite preview did not start on ${origin}`)
}

// vite itself rather than npx, so that server.kill() stops the server and not only npx.
const server = spawn(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ],
  { stdio: 'ignore' },
)
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
})
const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${String(chrome.port)}` })
const results: Record<string, Record<string, number>> = {}
try {
  await waitForServer()
  for (const page of pages) {
    const runs: Record<string, number[]> = {}
    for (let run = 0; run < RUNS; run++) {
      const tab = await browser.newPage()
      await tab.setRequestInterception(true)
      tab.on('request', (request) => {
        if (TILE.test(request.url()))
          void request.respond({ status: 200, contentType: 'image/png', body: BLANK_TILE })
        else void request.continue()
      })
      const outcome = await lighthouse(
        `${origin}${page}`,
        { port: chrome.port, logLevel: 'error', onlyCategories: [...categories] },
        undefined,
        // Lighthouse brings its own puppeteer-core; the page object is the same protocol's.
        tab as unknown as Parameters<typeof lighthouse>[3],
      )
      await tab.close()
      if (outcome === undefined) throw new Error('Lighthouse returned nothing')
      const { lhr } = outcome
      if (process.env.LIGHTHOUSE_KEEP === '1') {
        mkdirSync('reports', { recursive: true })
        const name = page.replaceAll('/', '-') || 'map'
        writeFileSync(`reports/lighthouse-${name}-${String(run)}.json`, JSON.stringify(lhr))
      }
      for (const category of categories)
        (runs[category] ??= []).push(Math.round((lhr.categories[category]?.score ?? 0) * 100))
      for (const [name, audit] of Object.entries(metrics))
        (runs[name] ??= []).push(lhr.audits[audit]?.numericValue ?? Number.NaN)
    }
    results[`/${page}`] = Object.fromEntries(
      Object.entries(runs).map(([name, values]) => [name, median(values)]),
    )
  }
} finally {
  await browser.disconnect()
  chrome.kill()
  server.kill()
}
mkdirSync('reports', { recursive: true })
writeFileSync('reports/lighthouse.json', `${JSON.stringify(results, null, 2)}\n`)
console.log(`Lighthouse 12.2.3, mobile preset, median of ${String(RUNS)} runs`)
for (const [page, values] of Object.entries(results)) {
  console.log(
    `${page.padEnd(20)} performance ${String(values.performance)}  TBT ${values.TBT?.toFixed(0) ?? '?'} ms  LCP ${((values.LCP ?? 0) / 1000).toFixed(2)} s  FCP ${((values.FCP ?? 0) / 1000).toFixed(2)} s  CLS ${values.CLS?.toFixed(3) ?? '?'}  a11y ${String(values.accessibility)}  best practices ${String(values['best-practices'])}`,
  )
}
