// Prints one closing line over every test runner's JSON report: "N passed, M failed, K skipped",
// then names any test that passed only on a retry (there should be none: CI runs without retries).
//
// Reports understood: Vitest (Jest-compatible), Playwright, and the plain format that other
// runners in this repository write: { "name", "passed", "failed", "skipped", "flaky": [titles] }.
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0
const flaky = []
const missing = []

function walkPlaywright(suites, path = []) {
  for (const suite of suites ?? []) {
    const here = suite.title ? [...path, suite.title] : path
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'flaky') flaky.push([...here, spec.title].join(' › '))
      }
    }
    walkPlaywright(suite.suites, here)
  }
}

for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    missing.push(file)
    continue
  }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  if ('numPassedTests' in report) {
    passed += report.numPassedTests
    failed += report.numFailedTests
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
  } else if (report.stats) {
    // Playwright: "flaky" tests failed first and passed on a retry.
    passed += report.stats.expected + report.stats.flaky
    failed += report.stats.unexpected
    skipped += report.stats.skipped
    walkPlaywright(report.suites)
  } else if (typeof report.passed === 'number') {
    passed += report.passed
    failed += report.failed ?? 0
    skipped += report.skipped ?? 0
    for (const title of report.flaky ?? []) flaky.push(`${report.name ?? file} › ${title}`)
  }
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
if (flaky.length > 0) {
  console.log(`Passed only on a retry (${flaky.length}):`)
  for (const title of flaky) console.log(`  - ${title}`)
}
if (missing.length > 0) console.log(`No report (step not reached): ${missing.join(', ')}`)
