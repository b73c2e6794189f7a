// Mutation testing (npm run mutate): StrykerJS changes the code under test one small edit at a
// time and reruns the tests that cover it; a change no test notices is a "survived" mutant.
// One worker by default: the project's machines are small. Override: npm run mutate -- --concurrency 2
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  // The pure domain code, the URL state, and the card and filters (CONTRIBUTING "Mutation testing").
  mutate: [
    'src/domain/**/*.ts',
    'src/state/**/*.ts',
    'src/ui/EnterpriseCard.tsx',
    // The card's frame (heading, Close, card keys, Previous/Next), split out of EnterpriseCard.
    'src/ui/CardFrame.tsx',
    'src/ui/CardSteps.tsx',
    'src/ui/use-card-keys.ts',
    'src/ui/IndustryFilter.tsx',
    'src/ui/DayFilter.tsx',
  ],
  coverageAnalysis: 'perTest',
  // Mutants in code that runs at import (tables, constants) would each need the whole suite; they
  // are left out of the score. Tests build their data in beforeEach so that code they exercise
  // counts as covered per test, not as static.
  ignoreStatic: true,
  concurrency: 1,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: 'reports/.stryker-tmp',
  // Reruns only mutants whose code or covering tests changed since the last run.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  thresholds: { high: 80, low: 60, break: null },
  cleanTempDir: 'always',
}
