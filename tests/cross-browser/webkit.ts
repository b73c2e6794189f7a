import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver'
import { pageScript, recordProblemsInPage, type Session } from './session'

/** Debian's WebKitGTK ships its MiniBrowser beside the library, under the architecture's triplet. */
export function miniBrowserPath(): string {
  const candidates = [
    process.env.WEBKIT_BROWSER,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  ]
  const found = candidates.find((path) => path !== undefined && existsSync(path))
  if (found === undefined) throw new Error('WebKitGTK MiniBrowser not found; set WEBKIT_BROWSER')
  return found
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      server.close(() => {
        resolve(port)
      })
    })
  })
}

async function waitForDriver(url: string, driver: ChildProcess): Promise<void> {
  const start = Date.now()
  while (Date.now() - start < 20_000) {
    if (driver.exitCode !== null) throw new Error('WebKitWebDriver exited')
    const ready = await fetch(`${url}/status`).then(
      (response) => response.ok,
      () => false,
    )
    if (ready) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('WebKitWebDriver did not start within 20 s')
}

const KEYS = { Tab: Key.TAB, Enter: Key.ENTER, Escape: Key.ESCAPE } as const

/**
 * WebKitGTK through its WebKitWebDriver and selenium-webdriver. This driver has no console or
 * network interception: tiles simply fail (nothing waits on them), and problems are recorded by
 * a script in the page (recordProblemsInPage) plus the engine's own log in smoke-webkit-console.
 */
export async function startWebKit(baseUrl: string): Promise<Session> {
  const port = await freePort()
  const service = spawn(process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver', [
    `--port=${String(port)}`,
  ])
  service.stdout.resume()
  service.stderr.resume()
  const serviceUrl = `http://127.0.0.1:${String(port)}`
  let driver: WebDriver
  try {
    await waitForDriver(serviceUrl, service)
    driver = await new Builder()
      .usingServer(serviceUrl)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
      })
      .build()
  } catch (error) {
    service.kill()
    throw error
  }
  await driver.manage().setTimeouts({ script: 15_000, pageLoad: 30_000 })

  return {
    engine: 'webkit',
    async open(path) {
      await driver.get(new URL(path, baseUrl).href)
      await driver.executeScript(pageScript(recordProblemsInPage, []))
    },
    async resize(width, height) {
      // The window has a toolbar: size the outer window so that the page gets width × height.
      const inner = await driver.executeScript<number[]>(
        'return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]',
      )
      await driver
        .manage()
        .window()
        .setRect({ width: width + (inner[0] ?? 0), height: height + (inner[1] ?? 0) })
      const got = await driver.executeScript<number[]>('return [innerWidth, innerHeight]')
      return { width: got[0] ?? 0, height: got[1] ?? 0 }
    },
    async run(fn, ...args) {
      return driver.executeScript(`return ${pageScript(fn, args)}`)
    },
    async press(key) {
      await driver.actions().sendKeys(KEYS[key]).perform()
    },
    async clickTarget() {
      await driver.findElement(By.css('[data-smoke-target]')).click()
    },
    async typeIntoTarget(text) {
      await driver.findElement(By.css('[data-smoke-target]')).sendKeys(text)
    },
    async takeProblems() {
      return driver.executeScript<string[]>('return (window.smokeProblems ?? []).splice(0)')
    },
    async close() {
      try {
        await driver.quit()
      } finally {
        service.kill()
      }
    },
  }
}
