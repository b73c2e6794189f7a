/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { stripFieldDocsPlugin } from './scripts/strip-field-docs.ts'

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

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  return {
    // Relative base so dist/ works from any static host, also under a sub-path.
    base: './',
    plugins: [react(), cspPlugin(env), stripFieldDocsPlugin()],
    // Files, never data: URLs, so img-src 'self' covers every bundled asset.
    build: { assetsInlineLimit: 0 },
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
