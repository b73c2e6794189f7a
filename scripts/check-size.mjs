// Fails when the first load (what index.html pulls in before any lazy chunk: scripts, module
// preloads and stylesheets) is over budget, gzip-compressed as a static host would serve it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

// Issue #9's budget: a bare React + Query + react-leaflet + Leaflet build is ~125 KB, so the app's
// own first-view code stays near 10 KB. Held by: Leaflet's ES module without its popups,
// tooltips and Canvas renderer and its stylesheet without their rules (scripts/trim-leaflet.ts),
// the entry's imports in one chunk, the English strings loaded beside the panel (the prerendered
// page already shows them). README "Pages and link previews", docs/performance.md.
const BUDGET_BYTES = 135 * 1024
const dist = process.argv[2] ?? 'dist'
const html = readFileSync(join(dist, 'index.html'), 'utf8')
// Low-priority preloads (scripts/first-view-preloads.ts) are code the page hydrates with, asked
// for early but behind the first view's: listed, not counted in the budget.
const links = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map((match) => match[0])
const assets = links
  .filter((tag) => /^<script/.test(tag) || /rel="(?:stylesheet|modulepreload)"/.test(tag))
  .map((tag) => ({
    // \s: the loader's data-worker-src (a ?data= page's worker, scripts/code-after-first-paint.ts)
    // is not part of the first view.
    href: /\s(?:src|href)="([^"]+)"/.exec(tag)?.[1],
    low: /fetchpriority="low"/.test(tag),
  }))
  .filter((asset) => asset.href !== undefined && /\.(js|css)$/.test(asset.href))
const unique = [...new Map(assets.map((asset) => [asset.href, asset])).values()]
if (unique.every((asset) => asset.low)) {
  console.error('check-size: no scripts or stylesheets found in index.html')
  process.exit(1)
}
const gzipped = (href) => gzipSync(readFileSync(join(dist, href.replace(/^\.?\//, '')))).length
const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(7)} KB`
let total = 0
for (const { href } of unique.filter((asset) => !asset.low)) {
  const bytes = gzipped(href)
  total += bytes
  console.log(`${kb(bytes)}  ${href}`)
}
const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER'
console.log(`${kb(total)}  first load (gzip), ${verdict} the ${BUDGET_BYTES / 1024} KB budget`)
const later = unique.filter((asset) => asset.low).reduce((sum, { href }) => sum + gzipped(href), 0)
console.log(`${kb(later)}  also preloaded at low priority, for hydration (not in the budget)`)
process.exit(total <= BUDGET_BYTES ? 0 : 1)
