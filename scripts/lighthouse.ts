// npm run lighthouse: Lighthouse 12.2.3 (13 needs Node 22), its default mobile preset (simulated
// slow 4G and a 4× slower CPU), on the production build served by `vite preview`, three runs of
// each page in Debian's Chromium, medians printed and written to reports/lighthouse.json.
// Run `npm run build` first.
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

const RUNS = 3
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4310)
const origin = `http://127.0.0.1:${String(port)}/`
const pages = ['', 'e/jilin-haiwang/', 'zh/']
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

const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { stdio: 'ignore' },
)
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
})
const results: Record<string, Record<string, number>> = {}
try {
  await waitForServer()
  for (const page of pages) {
    const runs: Record<string, number[]> = {}
    for (let run = 0; run < RUNS; run++) {
      const outcome = await lighthouse(`${origin}${page}`, {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: [...categories],
        // Tile servers are not part of the app and are unreachable on CI machines.
        blockedUrlPatterns: ['*.tile.openstreetmap.org', 'tile.openstreetmap.org'],
      })
      if (outcome === undefined) throw new Error('Lighthouse returned nothing')
      const { lhr } = outcome
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
