import puppeteer, { type HTTPRequest } from 'puppeteer-core'
import { pageScript, type Session } from './session'

/** A 1×1 transparent PNG: tile servers are unreachable here, and tests must not depend on them. */
const BLANK_TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)
const TILE_HOST = /^https?:\/\/([a-z0-9-]+\.)*tile\.openstreetmap\.org\//

/** Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi. */
export async function startFirefox(baseUrl: string): Promise<Session> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    timeout: 60_000,
  })
  const page = await browser.newPage()
  page.setDefaultTimeout(15_000)
  let problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn')
      problems.push(`console.${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => {
    problems.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`)
  })
  await page.setRequestInterception(true)
  page.on('request', (request: HTTPRequest) => {
    if (TILE_HOST.test(request.url()))
      void request.respond({ status: 200, contentType: 'image/png', body: BLANK_TILE })
    else void request.continue()
  })

  return {
    engine: 'firefox',
    async open(path) {
      await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' })
    },
    async resize(width, height) {
      await page.setViewport({ width, height })
      return page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }))
    },
    run(fn, ...args) {
      return page.evaluate(pageScript(fn, args)) as Promise<Awaited<ReturnType<typeof fn>>>
    },
    async press(key) {
      await page.keyboard.press(key)
    },
    async clickTarget() {
      await page.click('[data-smoke-target]')
    },
    async typeIntoTarget(text) {
      await page.type('[data-smoke-target]', text)
    },
    takeProblems() {
      const taken = problems
      problems = []
      return Promise.resolve(taken)
    },
    async close() {
      await browser.close()
    },
  }
}
