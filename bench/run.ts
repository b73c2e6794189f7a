/**
 * npm run bench: builds the app, serves it and a hand-written vanilla Leaflet page side by side,
 * and measures both in Debian's Chromium on the real dataset and on 1 000, 10 000 and 50 000
 * generated enterprises. Prints a table, writes bench/results.json and bench/results.svg.
 * Options: --runs N (default 3), --no-build, --sizes real,1000 (subset).
 */
import { execSync } from 'node:child_process'
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { chromium, type Browser } from '@playwright/test'
import { generateDataset } from './generate-dataset'
import { startServer } from './server'
import { renderChart } from './chart'
import { longestTaskDuringPanZoom, timeCard, timeFilter } from './interactions'
import { table } from './table'

// BENCH_PORT lets two checkouts run the benchmark side by side.
const PORT = Number(process.env.BENCH_PORT ?? 4180)
const BASE = `http://127.0.0.1:${String(PORT)}`
const BLANK_TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)

const args = process.argv.slice(2)
const option = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const RUNS = Number(option('--runs') ?? 5)
const ALL_SIZES = ['real', '1000', '10000', '50000']
const SIZES = (option('--sizes') ?? ALL_SIZES.join(',')).split(',')
const TARGETS = (option('--targets') ?? 'app,plain,cluster').split(',') as Target[]
const TIMEOUT_MS = 120_000

export type Target = 'app' | 'plain' | 'cluster'
export interface Metrics {
  /** First contentful paint: on the app's prerendered page it shows the pins, as a picture. */
  firstPaint: number | null
  firstMarker: number | null
  fullCount: number | null
  filter: number | null
  card: number | null
  longTaskSum: number
  longTaskMax: number
  /** Longest main-thread task from navigation to the first marker and the full count. */
  loadTaskMax: number
  /** Longest main-thread task during the scripted pan-and-zoom (bench/pan-zoom.ts). */
  panZoomMax: number | null
  heapMB: number
  jsKB: number
  cssKB: number
  dataKB: number
}

// Runs in the page before any of its scripts: timestamps for the first pin or cluster, the full
// count, and every long task.
// The full count is the dataset's own size: the prerendered page already says "9 of 9".
const instrument = (size: string) => `
  const expected = ${JSON.stringify(size === 'real' ? null : size)};
  window.__bench = { firstMarker: null, fullCount: null, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    const b = window.__bench;
    if (b.firstMarker === null && document.querySelector('.leaflet-marker-icon')) b.firstMarker = performance.now();
    if (b.fullCount === null) {
      const status = [...document.querySelectorAll('[role=status]')].map((e) => e.textContent).join(' ');
      const m = status.match(/(\\d+) of (\\d+) enterprises/);
      if (m && m[1] === m[2] && Number(m[1]) > 0 && (expected === null || m[2] === expected)) b.fullCount = performance.now();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
`

function urlFor(target: Target, size: string): string {
  const data = `/data/enterprises-${size}.geojson`
  // The real dataset is the built-in one: its prerendered page, as a reader opening the site gets it.
  if (target === 'app' && size === 'real') return `${BASE}/app/`
  if (target === 'app') return `${BASE}/app/?data=${encodeURIComponent(data)}&lang=en`
  return `${BASE}/vanilla/?mode=${target}&data=${encodeURIComponent(data)}`
}

async function measure(browser: Browser, target: Target, size: string): Promise<Metrics> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await page.route(/tile\.openstreetmap\.org/, (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_TILE }),
  )
  await page.addInitScript(instrument(size))
  try {
    await page.goto(urlFor(target, size), { timeout: TIMEOUT_MS })
    await page.waitForFunction(
      () => {
        const b = (
          window as unknown as { __bench: { firstMarker: number | null; fullCount: number | null } }
        ).__bench
        return b.firstMarker !== null && b.fullCount !== null
      },
      undefined,
      { timeout: TIMEOUT_MS, polling: 50 },
    )
    // Let deferred work (cluster index, lazy chunks) finish before measuring the steady state.
    await page.waitForTimeout(1500)
    const filter = target === 'app' ? await timeFilter(page) : null
    const card = target === 'app' ? await timeCard(page) : null
    // After the card: a synthetic click on a pin right after a drag is taken for the drag's end.
    const panZoomMax = await longestTaskDuringPanZoom(page)
    await cdp.send('HeapProfiler.collectGarbage')
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
    const result = await page.evaluate(() => {
      const b = (
        window as unknown as {
          __bench: { firstMarker: number; fullCount: number; longTasks: [number, number][] }
        }
      ).__bench
      const after = b.longTasks
        .filter(([start]) => start >= b.firstMarker)
        .map(([, duration]) => duration)
      const loaded = Math.max(b.firstMarker, b.fullCount)
      const during = b.longTasks.filter(([start]) => start < loaded).map(([, duration]) => duration)
      const bytes = { js: 0, css: 0, data: 0 }
      for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        if (/\.js(\?|$)/.test(entry.name)) bytes.js += entry.transferSize
        else if (/\.css(\?|$)/.test(entry.name)) bytes.css += entry.transferSize
        else if (entry.name.includes('geojson')) bytes.data += entry.transferSize
      }
      return {
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        firstMarker: b.firstMarker,
        fullCount: b.fullCount,
        longTaskSum: after.reduce((sum, d) => sum + d, 0),
        longTaskMax: after.reduce((max, d) => Math.max(max, d), 0),
        loadTaskMax: during.reduce((max, d) => Math.max(max, d), 0),
        bytes,
      }
    })
    return {
      firstPaint: result.firstPaint,
      firstMarker: result.firstMarker,
      fullCount: result.fullCount,
      filter,
      card,
      longTaskSum: result.longTaskSum,
      longTaskMax: result.longTaskMax,
      loadTaskMax: result.loadTaskMax,
      panZoomMax,
      heapMB: heap.usedSize / 1024 / 1024,
      jsKB: result.bytes.js / 1024,
      cssKB: result.bytes.css / 1024,
      dataKB: result.bytes.data / 1024,
    }
  } finally {
    await context.close()
  }
}

function median(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b)
  if (known.length === 0) return null
  const mid = Math.floor(known.length / 2)
  return known.length % 2 === 1
    ? (known[mid] ?? null)
    : ((known[mid - 1] ?? 0) + (known[mid] ?? 0)) / 2
}

async function main() {
  if (!args.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' })
  mkdirSync('bench/data', { recursive: true })
  copyFileSync('public/data/enterprises.geojson', 'bench/data/enterprises-real.geojson')
  for (const size of SIZES.filter((s) => s !== 'real')) {
    writeFileSync(
      `bench/data/enterprises-${size}.geojson`,
      JSON.stringify(generateDataset(Number(size))),
    )
  }
  const server = await startServer(process.cwd(), PORT)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
  const results: Record<string, Record<Target, Metrics | null>> = {}
  // Keys like "1000" would sort before "real" in an object; the report keeps the run order.
  const order: string[] = []
  try {
    for (const size of SIZES) {
      results[size] = { app: null, plain: null, cluster: null }
      order.push(size)
      // Alternating (app, cluster, app, cluster, …) so that a noisy spell on the machine falls on
      // every target alike instead of on one target's block of runs.
      const runs = new Map<Target, Metrics[]>(TARGETS.map((target) => [target, []]))
      for (let run = 0; run < RUNS; run++) {
        for (const target of TARGETS) {
          try {
            runs.get(target)?.push(await measure(browser, target, size))
          } catch (error) {
            console.error(
              `${target} at ${size}: run ${String(run + 1)} failed: ${String(error).split('\n')[0] ?? ''}`,
            )
          }
        }
      }
      for (const [target, measured] of runs) {
        if (measured.length === 0) continue
        const pick = (key: keyof Metrics) => median(measured.map((r) => r[key]))
        results[size][target] = {
          firstPaint: pick('firstPaint'),
          firstMarker: pick('firstMarker'),
          fullCount: pick('fullCount'),
          filter: pick('filter'),
          card: pick('card'),
          longTaskSum: pick('longTaskSum') ?? 0,
          longTaskMax: pick('longTaskMax') ?? 0,
          loadTaskMax: pick('loadTaskMax') ?? 0,
          panZoomMax: pick('panZoomMax'),
          heapMB: pick('heapMB') ?? 0,
          jsKB: pick('jsKB') ?? 0,
          cssKB: pick('cssKB') ?? 0,
          dataKB: pick('dataKB') ?? 0,
        }
        console.log(`measured ${target} at ${size} (${String(measured.length)} runs)`)
      }
    }
  } finally {
    await browser.close()
    server.close()
  }
  const machine = `${String(cpus().length)} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${String(Math.round(totalmem() / 1024 ** 3))} GB, Chromium ${browser.version()}`
  const report = {
    date: new Date().toISOString().slice(0, 10),
    machine,
    runs: RUNS,
    sizes: order,
    results,
  }
  writeFileSync('bench/results.json', `${JSON.stringify(report, null, 2)}\n`)
  writeFileSync('bench/results.svg', renderChart(report))
  console.log(table(report))
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  await main()
}
