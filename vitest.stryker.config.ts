import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config'

// The suite that npm run mutate runs for each mutant: npm test without the slow property tests
// (thousands of runs each), the tests that start Node processes, and the whole-app component
// tests (each reloads the app in jsdom). Mutated code keeps the unit and focused component tests
// (card, filters, useViewState); together they would take hours on a small machine.
export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    test: {
      exclude: [
        '**/node_modules/**',
        'tests/unit/fuzz.test.ts',
        'tests/unit/validator-agreement.test.ts',
        'tests/unit/schema-and-cli.test.ts',
        // Holds the data file to its contract; it checks the dataset, not code.
        'tests/unit/bundled-dataset.test.ts',
        'tests/component/App.test.tsx',
        'tests/component/data-tools.test.tsx',
        'tests/component/ErrorBoundary.test.tsx',
        'tests/component/TourMap.test.tsx',
      ],
    },
  }),
)
