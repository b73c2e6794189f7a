import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RequestLog } from './request-log'
import { TestFailure } from './session'
import { miniBrowserPath } from './webkit'

/**
 * WebKitGTK's WebDriver has no console log, and its automation mode ignores the setting that
 * prints the console. So this loads the app once more in a plain MiniBrowser (console printed) and reads what the engine itself logged: CSP, preload and resource warnings that no
 * script in the page can see. Done when the service worker's precache has been fetched and the
 * server has had no request for a second.
 */
export async function webkitEngineConsole(log: RequestLog, path: string): Promise<string[]> {
  log.reset()
  const lines: string[] = []
  // A fresh profile each time (no service worker from an earlier run). Not --private: in that
  // mode MiniBrowser ignores the console setting. stdbuf: the web process inherits line
  // buffering, or what it logged may still be in its buffer when the browser is closed.
  const profile = mkdtempSync(join(tmpdir(), 'tour-map-webkit-'))
  const browser = spawn(
    'stdbuf',
    [
      '-oL',
      '-eL',
      miniBrowserPath(),
      '--enable-write-console-messages-to-stdout=true',
      new URL(path, log.url).href,
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that closing it also ends its web and network processes.
      detached: true,
      env: { ...process.env, XDG_DATA_HOME: profile, XDG_CACHE_HOME: profile },
    },
  )
  for (const stream of [browser.stdout, browser.stderr]) {
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => lines.push(...chunk.split('\n')))
  }
  try {
    const start = Date.now()
    let lastTotal = -1
    let quietSince = Date.now()
    for (;;) {
      const counts = log.counts()
      const total = [...counts.values()].reduce((a, b) => a + b, 0)
      if (total !== lastTotal) {
        lastTotal = total
        quietSince = Date.now()
      }
      const precached = [...counts.keys()].some((p) => p.endsWith('/markers/industry-7-solid.svg'))
      if (precached && Date.now() - quietSince > 1_000) break
      if (browser.exitCode !== null) throw new TestFailure('MiniBrowser exited early')
      if (Date.now() - start > 30_000)
        throw new TestFailure('MiniBrowser did not finish loading within 30 s')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  } finally {
    const exited = new Promise((resolve) => browser.once('exit', resolve))
    if (browser.exitCode === null && browser.pid !== undefined) process.kill(-browser.pid)
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))])
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 })
    } catch {
      // A child process still writing its shader cache; the directory is in tmp.
    }
  }
  return lines.filter((line) => /^CONSOLE .*(ERROR|WARN)/.test(line))
}
