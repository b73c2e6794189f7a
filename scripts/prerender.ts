// Writes one static page per view of the built-in dataset into dist/ (README "Pages and link
// previews"): the map and every enterprise, in English and under zh/ in Chinese, each with its
// head tags and a 1200×630 preview picture; then sitemap.xml and robots.txt.
// Runs after `vite build` (the app) and `vite build --ssr` (src/prerender, the server renderer).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Resvg } from '@resvg/resvg-js'
import { parseDistricts } from '../src/domain/districts'
import type { Lang } from '../src/domain/lang'
import { MAP_PICTURE_PATH, pagePath, rootPrefix } from '../src/domain/page-path'
import type { PrerenderedPage } from '../src/site'

type Renderer = typeof import('../src/prerender/render-page')

const dist = 'dist'
const require = createRequire(import.meta.url)
// Noto Sans SC from npm, so every machine draws Chinese names with the same font (no system fonts).
const fontDir = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'))
const fontFiles = [
  join(fontDir, '400Regular/NotoSansSC_400Regular.ttf'),
  join(fontDir, '700Bold/NotoSansSC_700Bold.ttf'),
]

/** SITE_URL (or VITE_SITE_URL): the public address, for absolute canonical and og: links. */
function siteUrl(): string | null {
  const value = process.env.SITE_URL ?? process.env.VITE_SITE_URL ?? ''
  if (value === '') return null
  return value.endsWith('/') ? value : `${value}/`
}

/** The built index.html with its relative links moved to the page's folder. */
function pageHtml(
  template: string,
  root: string,
  lang: Lang,
  head: string,
  body: string,
  data: string,
) {
  return (
    template
      .replace('<html lang="en">', `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`)
      // The template preloads both languages' strings; a page needs its own before hydrating.
      .replace(new RegExp(`\\s*<link[^>]+data-strings="(?!${lang}")[^>]*>`, 'g'), '')
      .replace(/<title>[^<]*<\/title>\s*/, '')
      .replace(/<meta\s+name="description"[^>]*>\s*/, '')
      .replace(/(href|src)="\.\//g, `$1="${root === '' ? './' : root}`)
      .replace('</head>', `${head}\n  </head>`)
      .replace(
        '<div id="root"></div>',
        // JSON, not script: it runs nothing, so the Content-Security-Policy needs no hash for it.
        `<div id="root">${body}</div>\n    <script type="application/json" id="tm-page">${data}</script>`,
      )
  )
}

async function main() {
  const renderer = (await import(
    pathToFileURL(join('dist-ssr', 'render-page.js')).href
  )) as Renderer
  const template = readFileSync(join(dist, 'index.html'), 'utf8')
  const outcome = renderer.parseDatasetText(
    readFileSync(join(dist, 'data/enterprises.geojson'), 'utf8'),
  )
  if (!outcome.ok)
    throw new Error('The built-in dataset does not validate: run npm run validate-data')
  const loaded = {
    // As the app names a dataset it downloaded: the last segment of its address.
    sourceName: 'enterprises.geojson',
    dataset: outcome.dataset,
    problems: outcome.problems,
    warnings: outcome.warnings,
  }
  const { districts } = parseDistricts(
    JSON.parse(readFileSync(join(dist, 'data/jilin-districts.geojson'), 'utf8')),
  )
  // One picture of the map for every page's map region until the map is drawn (MapRegion.tsx).
  mkdirSync(join(dist, 'previews'), { recursive: true })
  writeFileSync(
    join(dist, MAP_PICTURE_PATH),
    renderer.renderMapPictureSvg(loaded.dataset, districts),
  )
  const site = siteUrl()
  const ids = [null, ...loaded.dataset.enterprises.map((e) => e.id)]
  const paths: string[] = []
  for (const lang of ['en', 'zh'] as const) {
    for (const id of ids) {
      const path = pagePath(lang === 'zh' ? 'zh' : null, id)
      const root = rootPrefix(path)
      const image = `previews/${lang}${id === null ? '' : `-${id}`}.png`
      const page: PrerenderedPage = { root, lang: lang === 'zh' ? 'zh' : null, id, dataset: loaded }
      const body = await renderer.renderPage(page)
      const head = renderer.renderHead(loaded.dataset, { lang, id, siteUrl: site, root, image })
      const data = JSON.stringify(page).replace(/</g, '\\u003c')
      mkdirSync(join(dist, path), { recursive: true })
      writeFileSync(
        join(dist, path, 'index.html'),
        pageHtml(template, root, lang, head, body, data),
      )
      const enterprise = loaded.dataset.enterprises.find((e) => e.id === id) ?? null
      const svg = renderer.renderPreviewSvg(loaded.dataset, districts, lang, enterprise)
      const png = new Resvg(svg, {
        font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' },
      })
        .render()
        .asPng()
      mkdirSync(join(dist, 'previews'), { recursive: true })
      writeFileSync(join(dist, image), png)
      paths.push(path)
    }
  }
  writeSitemap(paths, site)
  console.log(
    `prerender: ${String(paths.length)} pages with previews${site === null ? ' (SITE_URL unset: relative links)' : ` for ${site}`}`,
  )
}

function writeSitemap(paths: readonly string[], site: string | null) {
  // A sitemap must give absolute addresses, so it is written only when SITE_URL says where.
  if (site === null) {
    writeFileSync(join(dist, 'robots.txt'), 'User-agent: *\nAllow: /\n')
    return
  }
  const urls = paths.map((path) => `  <url><loc>${new URL(path, site).href}</loc></url>`)
  writeFileSync(
    join(dist, 'sitemap.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
  )
  writeFileSync(
    join(dist, 'robots.txt'),
    `User-agent: *\nAllow: /\nSitemap: ${new URL('sitemap.xml', site).href}\n`,
  )
}

await main()
