/**
 * What the smoke tests need from a browser, written once for both drivers: puppeteer-core over
 * WebDriver BiDi (Firefox) and selenium-webdriver (WebKitGTK's WebKitWebDriver).
 */
export type PageFunction<A extends unknown[], T> = (...args: A) => T

export interface Session {
  readonly engine: string
  /** Loads a path of the app, e.g. "./?id=x", and waits for the document to load. */
  open(path: string): Promise<void>
  /** Sets the size of the page's window (the layout viewport); returns the size it got. */
  resize(width: number, height: number): Promise<{ width: number; height: number }>
  /** Runs a function in the page (serialised: it sees only its arguments). */
  run<A extends unknown[], T>(fn: PageFunction<A, T>, ...args: A): Promise<T>
  /** Presses one key: 'Tab', 'Enter' or 'Escape'. */
  press(key: 'Tab' | 'Enter' | 'Escape'): Promise<void>
  /** Clicks, as a user does, the element marked data-smoke-target (see target()). */
  clickTarget(): Promise<void>
  /** Types into the element marked data-smoke-target. */
  typeIntoTarget(text: string): Promise<void>
  /** Console errors and warnings, uncaught errors and CSP violations since the last call. */
  takeProblems(): Promise<string[]>
  close(): Promise<void>
}

export class TestFailure extends Error {}

/**
 * A page function and its arguments as one script expression. The shim: tsx (esbuild) wraps
 * named inner functions in __name(), which exists only in Node.
 */
export function pageScript<A extends unknown[], T>(fn: PageFunction<A, T>, args: A): string {
  return `(() => { var __name = (f) => f; return (${fn.toString()})(...${JSON.stringify(args)}) })()`
}

/** Polls `check` in the page until it returns true; fails after `timeoutMs` naming `what`. */
export async function waitFor<A extends unknown[]>(
  session: Session,
  what: string,
  check: PageFunction<A, boolean>,
  ...args: A
): Promise<void> {
  const timeoutMs = 15_000
  const start = Date.now()
  for (;;) {
    if (await session.run(check, ...args)) return
    if (Date.now() - start > timeoutMs) {
      const state = await session.run(pageState)
      throw new TestFailure(`Timed out after ${String(timeoutMs)} ms waiting for ${what}; ${state}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * What the page showed when a wait timed out: an intermittent failure (the WebKit phone test
 * missed the sheet 2 times in about 40 runs on 2026-12-07) then says where the reader was.
 */
function pageState(): string {
  return JSON.stringify({
    url: location.href,
    focused: document.activeElement?.outerHTML.slice(0, 160) ?? null,
    card: document.querySelector('article h2')?.textContent ?? null,
    target: document.querySelector('[data-smoke-target]')?.outerHTML.slice(0, 160) ?? null,
  })
}

export function expectEqual<T>(actual: T, expected: T, what: string): void {
  const a = JSON.stringify(actual)
  const e = JSON.stringify(expected)
  if (a !== e) throw new TestFailure(`${what}: expected ${e}, got ${a}`)
}

/**
 * Installed in the page after each load where the driver cannot listen to the console itself:
 * records console.error/warn, uncaught errors, rejections and CSP violations in window.smokeProblems.
 */
export function recordProblemsInPage(): void {
  const w = window as unknown as { smokeProblems?: string[] }
  if (w.smokeProblems !== undefined) return
  const problems: string[] = []
  w.smokeProblems = problems
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console)
    console[level] = (...parts: unknown[]) => {
      problems.push(`console.${level}: ${parts.map(String).join(' ')}`)
      original(...parts)
    }
  }
  window.addEventListener('error', (event) => problems.push(`error: ${event.message}`))
  window.addEventListener('unhandledrejection', (event) => {
    problems.push(`unhandled rejection: ${String(event.reason)}`)
  })
  document.addEventListener('securitypolicyviolation', (event) => {
    problems.push(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
  })
}
