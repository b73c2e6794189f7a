import type { Plugin } from 'vite'
import type { OutputBundle } from 'rolldown'

/** A chunk and the chunks it imports, as file names (each once). */
function chunkWithImports(bundle: OutputBundle, fileName: string, seen = new Set<string>()) {
  const chunk = bundle[fileName]
  if (seen.has(fileName) || chunk?.type !== 'chunk') return seen
  seen.add(fileName)
  for (const imported of chunk.imports) chunkWithImports(bundle, imported, seen)
  return seen
}

function chunkOf(bundle: OutputBundle, source: string): string | undefined {
  return Object.values(bundle).find(
    (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(source),
  )?.fileName
}

// What a prerendered page waits for before it hydrates (src/main.tsx): the header's, the
// panel's and the card's code, and the strings of its language.
// In the order they are asked for: the browser fetches low-priority requests about in
// document order, and the strings and the card (which the map's code waits for) come first.
const hydrationParts = [
  '/src/app/SelectedCard.tsx',
  '/src/app/ExplorerHeader.tsx',
  '/src/app/ExplorerPanel.tsx',
]
const strings = { en: '/src/i18n/messages.ts', zh: '/src/i18n/messages-zh.ts' } as const

function preload(fileName: string, extra: Record<string, string> = {}) {
  return {
    tag: 'link',
    attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}`, ...extra },
    injectTo: 'head' as const,
  }
}

/**
 * Map first: the map's chunk (lazy, since Leaflet cannot run in the prerender) is requested by
 * the HTML itself, beside the entry, instead of after the entry has run. scripts/check-size.mjs
 * counts it, so the budget covers the whole first view.
 *
 * The parts a prerendered page needs before it hydrates are requested by the HTML too, at low
 * priority, so that they download while the entry and the map's code do (about 130 ms sooner to
 * the first pin than asking for them once the entry has run). Low priority: they wait for
 * the first view's code where bandwidth is short. check-size.mjs lists them apart from the
 * budget. Both languages' strings are named (data-strings); scripts/prerender.ts keeps the
 * page's own.
 */
export function firstViewPreloadsPlugin(): Plugin {
  return {
    name: 'tour-map-first-view-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle
        if (bundle === undefined) return []
        const map = chunkOf(bundle, '/src/map/TourMap.tsx')
        if (map === undefined) return []
        const entry = Object.values(bundle).find((o) => o.type === 'chunk' && o.isEntry)
        const already =
          entry === undefined ? new Set<string>() : chunkWithImports(bundle, entry.fileName)
        const first = [...chunkWithImports(bundle, map)].filter((name) => !already.has(name))
        for (const name of first) already.add(name)
        const later = new Set<string>()
        for (const part of hydrationParts) {
          const fileName = chunkOf(bundle, part)
          if (fileName === undefined) throw new Error(`first-view preloads: no chunk for ${part}`)
          for (const name of chunkWithImports(bundle, fileName))
            if (!already.has(name)) later.add(name)
        }
        const languageTags = Object.entries(strings).map(([lang, source]) => {
          const fileName = chunkOf(bundle, source)
          if (fileName === undefined) throw new Error(`first-view preloads: no chunk for ${source}`)
          return preload(fileName, { fetchpriority: 'low', 'data-strings': lang })
        })
        return [
          ...first.map((name) => preload(name)),
          ...languageTags,
          ...[...later].map((name) => preload(name, { fetchpriority: 'low' })),
        ]
      },
    },
  }
}
