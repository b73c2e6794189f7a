import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import testingLibrary from 'eslint-plugin-testing-library'
import pluginQuery from '@tanstack/eslint-plugin-query'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

const leafletImports = {
  group: ['leaflet', 'leaflet/*', 'react-leaflet', 'react-leaflet/*'],
  message: 'Only src/map/ talks to Leaflet; pass data and callbacks to <TourMap> instead.',
}

/** Imports of these src/ folders, as written from a sibling folder ("../ui/X"). */
function folders(names, message) {
  return { group: names.flatMap((name) => [`../${name}`, `../${name}/*`]), message }
}

/** Files in src/data other than its public entry, src/data/index.ts. */
const dataInternals = {
  group: ['../data/*'],
  message: "Import the data layer's public entry ('../data'), not its internals.",
}

/**
 * Who may import whom (README "How it works"). Data flows one way: domain ← state, data, i18n
 * ← ui, map ← app. Each rule lists what a folder must not import; Leaflet stays in src/map.
 */
const boundaries = {
  'src/domain': [
    { group: ['../*'], message: 'src/domain is the bottom layer: it imports only src/domain.' },
    {
      group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/*'],
      message: 'src/domain stays pure.',
    },
  ],
  'src/state': [
    folders(['data', 'i18n', 'ui', 'map', 'app', 'config'], 'src/state imports only src/domain.'),
    { group: ['@tanstack/*'], message: 'src/state imports only src/domain.' },
  ],
  'src/data': [folders(['state', 'i18n', 'ui', 'map', 'app'], 'src/data imports only src/domain.')],
  'src/i18n': [folders(['state', 'data', 'ui', 'map', 'app'], 'src/i18n imports only src/domain.')],
  'src/ui': [folders(['map', 'app'], 'src/ui gets what it shows through props.'), dataInternals],
  'src/map': [folders(['ui', 'app', 'data'], 'src/map gets what it shows through props.')],
  'src/app': [dataInternals],
}

function restrictImports(folder) {
  const patterns = [...boundaries[folder], ...(folder === 'src/map' ? [] : [leafletImports])]
  return {
    files: [`${folder}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  }
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-ssr',
      'node_modules',
      'playwright-report',
      'test-results',
      '*.tmp.mjs',
      'bench/data',
      'reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Dataset strings are untrusted: render text with React, never as HTML.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(bindPopup|bindTooltip|setContent)$/]',
          message:
            'Leaflet renders these strings as HTML; use react-leaflet <Popup>/<Tooltip> children.',
        },
        {
          selector:
            ":matches(NewExpression[callee.name='DivIcon'], CallExpression[callee.name='divIcon']) Property[key.name='html'][value.type=/^(Literal|TemplateLiteral|BinaryExpression)$/]",
          message:
            'A DivIcon html string is parsed as HTML; pass an element built with textContent.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Never build HTML from strings; set textContent or render with React.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    extends: [jsxA11y.flatConfigs.recommended, ...pluginQuery.configs['flat/recommended']],
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['error', { allowConstantExport: true }],
      'no-restricted-imports': ['error', { patterns: [leafletImports] }],
    },
  },
  ...Object.keys(boundaries).map(restrictImports),
  {
    // The build's server renderer: never hot-reloaded.
    files: ['src/prerender/**/*.{ts,tsx}'],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-imports': ['error', { patterns: [leafletImports] }],
    },
  },
  {
    files: ['tests/component/**/*.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: [
      'tests/e2e/**/*.ts',
      'scripts/**/*.ts',
      'bench/**/*.ts',
      '*.config.ts',
      'eslint.config.js',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Browser scripts outside the app: the benchmark's vanilla page.
    files: ['bench/vanilla/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.serviceworker, L: 'readonly' } },
  },
  prettier,
)
