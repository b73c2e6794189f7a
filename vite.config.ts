/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type Plugin } from 'vite'
import type { OutputBundle } from 'rolldown'
import react from '@vitejs/plugin-react'
import { stripFieldDocsPlugin } from './scripts/strip-field-docs.ts'
import { trimLeafletPlugin } from './scripts/trim-leaflet.ts'

/** Hosts of the configured tile services, for img-src. */
function tileHosts(env: Record<string, string>): string[] {
  const hosts = ['https://tile.openstreetmap.org']
  if (env.VITE_TILE_URL) {
    const origin = new URL(env.VITE_TILE_URL.replace(/\{[^}]+\}/g, 'a')).origin
    hosts.push(origin.replace(/^(https?:\/\/)a\./, '$1*.'))
  }
  if (env.VITE_TIANDITU_KEY) hosts.push('https://*.tianditu.gov.cn')
  return [...new Set(hosts)]
}

/**
 * The Content-Security-Policy, added to the built index.html only: the dev server injects
 * inline scripts for hot reload, which this policy forbids. README "Security" lists it as a
 * header for hosts that can send one (frame-ancestors works only as a header).
 */
export function contentSecurityPolicy(env: Record<string, string>): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Leaflet and React set positions through element.style, which CSP does not block.
    "style-src 'self'",
    // data: for Leaflet's blank placeholder image (Util.emptyImageUrl); images cannot run code.
    `img-src 'self' data: ${tileHosts(env).join(' ')}`,
    // https: so that ?data= can load a dataset from any secure host.
    "connect-src 'self' https:",
    "font-src 'self'",
    "worker-src 'self'",
    // No manifest-src: WebKit does not know it and logs an error on every load; default-src
    // 'self' covers a manifest in the engines that do.
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

function cspPlugin(env: Record<string, string>): Plugin {
  return {
    name: 'tour-map-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(env) },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/** A chunk and the chunks it imports, as file names (each once). */
function chunkWithImports(bundle: OutputBundle, fileName: string, seen = new Set<string>()) {
  const chunk = bundle[fileName]
  if (seen.has(fileName) || chunk?.type !== 'chunk') return seen
  seen.add(fileName)
  for (const imported of chunk.imports) chunkWithImports(bundle, imported, seen)
  return seen
}

/**
 * Map first: the map's chunk (lazy, since Leaflet cannot run in the prerender) is requested by
 * the HTML itself, beside the entry, instead of after the entry has run. scripts/check-size.mjs
 * counts it, so the budget covers the whole first view.
 */
function preloadMapPlugin(): Plugin {
  return {
    name: 'tour-map-preload-map',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle
        if (bundle === undefined) return []
        const map = Object.values(bundle).find(
          (output) =>
            output.type === 'chunk' && output.facadeModuleId?.endsWith('/src/map/TourMap.tsx'),
        )
        if (map === undefined) return []
        const entry = Object.values(bundle).find((o) => o.type === 'chunk' && o.isEntry)
        const already =
          entry === undefined ? new Set<string>() : chunkWithImports(bundle, entry.fileName)
        return [...chunkWithImports(bundle, map.fileName)]
          .filter((fileName) => !already.has(fileName))
          .map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
            injectTo: 'head' as const,
          }))
      },
    },
  }
}

export default defineConfig(({ command, mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  return {
    // Relative base so dist/ works from any static host, also under a sub-path.
    base: './',
    // Leaflet's ES module build (its package.json names only the UMD file): the bundler drops
    // the UMD wrapper and what nothing imports, 1.6 KB gzip of the first view (issue #9). Build
    // only: the tests run react-leaflet from node_modules unbundled, which would then load the
    // UMD file beside it, two Leaflets whose classes do not recognise each other's objects.
    resolve:
      command === 'build'
        ? { alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }] }
        : {},
    plugins: [
      react(),
      cspPlugin(env),
      preloadMapPlugin(),
      stripFieldDocsPlugin(),
      trimLeafletPlugin(),
    ],
    build: {
      // Files, never data: URLs, so img-src 'self' covers every bundled asset.
      assetsInlineLimit: 0,
      // One stylesheet: the prerendered panel and card must be styled before their code arrives.
      cssCodeSplit: false,
      // Every browser the app supports (README "Browsers tested") knows modulepreload.
      modulePreload: { polyfill: false },
      // What the entry imports statically is one chunk, not eight: small chunks each pay their own
      // gzip framing and request (3.4 KB gzip of the first view, issue #9).
      rolldownOptions: {
        output: { codeSplitting: { groups: [{ name: 'first-view', tags: ['$initial'] }] } },
      },
    },
    // Module workers (src/data/dataset.worker.ts, src/map/cluster.worker.ts): the dataset worker
    // loads the CSV reader only when a CSV arrives, which needs code splitting.
    worker: { format: 'es' },
    server: { port: 5173, strictPort: false },
    preview: { port: 4173, strictPort: true },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['tests/unit/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'component',
            environment: 'jsdom',
            include: ['tests/component/**/*.test.tsx'],
            setupFiles: ['tests/setup.ts'],
            // Whole-app renders driven by user-event take seconds on a busy 2-core CI machine.
            testTimeout: 20_000,
          },
        },
      ],
    },
  }
})
