/**
 * The cross-browser smoke suite: `tsx tests/cross-browser/run.ts firefox|webkit`. Serves dist/
 * with vite preview, runs every smoke test once (no retries) with its own timeout, prints one
 * line per test and "N passed, M failed, K skipped", and writes reports/browsers-<engine>.json
 * in the plain format scripts/ci-summary.mjs reads. WebKit needs a display: run under xvfb-run.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { startFirefox } from './firefox'
import { startRequestLog, type RequestLog } from './request-log'
import { TestFailure, type Session } from './session'
import { smokeTests, type SmokeTest } from './smoke'
import { startWebKit } from './webkit'
import { webkitEngineConsole } from './webkit-console'

const TEST_TIMEOUT_MS = 120_000
const engine = process.argv[2]
if (engine !== 'firefox' && engine !== 'webkit') {
  console.error('Usage: tsx tests/cross-browser/run.ts firefox|webkit')
  process.exit(2)
}
const port = Number(process.env.SMOKE_PORT ?? 4180)
const previewUrl = `http://127.0.0.1:${String(port)}/`

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new TestFailure(`${what}: over ${String(ms / 1000)} s`))
    }, ms)
  })
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer)
  })
}

async function waitForServer(url: string): Promise<void> {
  const start = Date.now()
  while (Date.now() - start < 30_000) {
    const up = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (up) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`vite preview did not answer at ${url} within 30 s`)
}

function engineConsoleTest(log: RequestLog): SmokeTest {
  return {
    name: 'the engine logs no error or warning while loading (MiniBrowser console)',
    async run() {
      const logged = await webkitEngineConsole(log, './?lang=zh&id=lingyuan-technology')
      if (logged.length > 0) throw new TestFailure(logged.join('\n'))
    },
  }
}

const preview = spawn(
  'node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { stdio: 'ignore' },
)
let session: Session | null = null
let log: RequestLog | null = null
const results: { name: string; ok: boolean; ms: number; error?: string }[] = []
const started = Date.now()
try {
  await waitForServer(previewUrl)
  log = await startRequestLog(new URL(previewUrl))
  const tests = engine === 'webkit' ? [engineConsoleTest(log), ...smokeTests] : smokeTests
  session = await withTimeout(
    engine === 'firefox' ? startFirefox(log.url) : startWebKit(log.url),
    90_000,
    `starting ${engine}`,
  )
  const current = session
  for (const test of tests) {
    const start = Date.now()
    try {
      await withTimeout(test.run(current), TEST_TIMEOUT_MS, test.name)
      const problems = await current.takeProblems()
      if (problems.length > 0)
        throw new TestFailure(`console errors and warnings:\n${problems.join('\n')}`)
      results.push({ name: test.name, ok: true, ms: Date.now() - start })
    } catch (error) {
      await current.takeProblems().catch(() => [])
      const message = error instanceof Error ? error.message : String(error)
      results.push({ name: test.name, ok: false, ms: Date.now() - start, error: message })
    }
    const last = results[results.length - 1]!
    console.log(`${last.ok ? '✓' : '✘'} [${engine}] ${last.name} (${String(last.ms)} ms)`)
    if (last.error !== undefined) console.log(`    ${last.error.replaceAll('\n', '\n    ')}`)
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error)
  console.log(`✘ [${engine}] could not run: ${message}`)
  results.push({ name: `start ${engine}`, ok: false, ms: 0, error: message })
} finally {
  await session?.close().catch(() => undefined)
  await log?.close()
  preview.kill()
}

const passed = results.filter((r) => r.ok).length
const failed = results.length - passed
mkdirSync('reports', { recursive: true })
writeFileSync(
  `reports/browsers-${engine}.json`,
  `${JSON.stringify({ name: engine, passed, failed, skipped: 0, flaky: [] }, null, 2)}\n`,
)
console.log(`${engine}: ${String(Math.round((Date.now() - started) / 1000))} s`)
console.log(`${String(passed)} passed, ${String(failed)} failed, 0 skipped`)
process.exit(failed > 0 ? 1 : 0)
