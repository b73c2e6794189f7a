import { spawn } from 'node:child_process'
import type { RequestLog } from './request-log'
import { TestFailure } from './session'
import { miniBrowserPath } from './webkit'

/**
 * WebKitGTK's WebDriver has no console log, and its automation mode ignores the setting that
 * prints the console. So this loads the app once more in a plain MiniBrowser (private, console
 * on stdout) and reads what the engine itself logged: CSP, preload and resource warnings that no
 * script in the page can see. Done when the service worker's precache has been fetched and the
 * server has had no request for a second.
 */
export async function webkitEngineConsole(log: RequestLog, path: string): Promise<string[]> {
  log.reset()
  const lines: string[] = []
  const browser = spawn(
    miniBrowserPath(),
    ['--private', '--enable-write-console-messages-to-stdout=true', new URL(path, log.url).href],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  )
  browser.stdout.setEncoding('utf8')
  browser.stdout.on('data', (chunk: string) => lines.push(...chunk.split('\n')))
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
    browser.kill()
  }
  return lines.filter((line) => /^CONSOLE .*(ERROR|WARN)/.test(line))
}
