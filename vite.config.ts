/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { codeAfterFirstPaintPlugin, loadCodeScriptHash } from './scripts/code-after-first-paint.ts'
import { firstViewPreloadsPlugin } from './scripts/first-view-preloads.ts'
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
    // The hash admits one inline script, which asks for the code once the page has painted.
    `script-src 'self' ${loadCodeScriptHash()}`,
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
      firstViewPreloadsPlugin(),
      codeAfterFirstPaintPlugin(),
      stripFieldDocsPlugin(),
      trimLeafletPlugin(),
    ],
    build: {
      // Files, never data: URLs, so img-src 'self' covers every bundled asset.
      assetsInlineLimit: 0,
      // The prerendered panel and card must be styled before their code arrives: their styles are
      // in the first stylesheet (src/app/first-view-styles.ts); the rest comes with its chunk.
      cssCodeSplit: true,
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
