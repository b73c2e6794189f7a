// Prints one closing line, "N passed, M failed", over every test runner's JSON report.
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) continue
  const report = JSON.parse(readFileSync(file, 'utf8'))
  if ('numPassedTests' in report) {
    // Vitest (Jest-compatible) report
    passed += report.numPassedTests
    failed += report.numFailedTests
  } else if (report.stats) {
    // Playwright report: flaky tests passed on retry
    passed += report.stats.expected + report.stats.flaky
    failed += report.stats.unexpected
  }
}
console.log(`${passed} passed, ${failed} failed`)
