import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Who may import whom: apps import libs; libs never import apps; contracts import nothing of ours. */
const LAYERS = {
  'type:app': [
    'type:contracts',
    'type:platform',
    'type:identity',
    'type:redis',
    'type:streams',
    'type:data-client',
    'type:cost-client',
    'type:pricing',
    'type:tooling',
  ],
  'type:platform': ['type:contracts'],
  'type:identity': ['type:contracts', 'type:platform'],
  'type:redis': ['type:contracts', 'type:platform'],
  'type:streams': ['type:contracts', 'type:platform', 'type:redis'],
  'type:data-client': ['type:contracts', 'type:platform'],
  'type:cost-client': ['type:contracts', 'type:platform', 'type:data-client'],
  'type:pricing': ['type:contracts'],
  'type:tooling': ['type:platform', 'type:contracts', 'type:data-client', 'type:tooling'],
  'type:contracts': [],
  // The browser's code: nothing of the server side (its API types are generated from the gateway's document).
  'type:web': [],
};
const SCOPES = {
  'scope:data-api': ['scope:shared', 'scope:tooling'],
  'scope:ci-jobs': ['scope:shared', 'scope:tooling'],
  'scope:orchestrator-runs': ['scope:shared', 'scope:tooling'],
  'scope:gateway': ['scope:shared', 'scope:tooling'],
  'scope:cost-api': ['scope:shared', 'scope:tooling'],
  'scope:console': [],
};

/** The boundary rule; `extra` tags every project may also import, `allow` import paths it may use (tests). */
const boundaries = (extra = [], allow = []) => [
  'error',
  {
    enforceBuildableLibDependency: false,
    allow,
    depConstraints: [
      ...Object.entries(LAYERS).map(([sourceTag, tags]) => ({
        sourceTag,
        onlyDependOnLibsWithTags: [...new Set([...tags, ...extra])],
      })),
      ...Object.entries(SCOPES).map(([sourceTag, tags]) => ({
        sourceTag,
        onlyDependOnLibsWithTags: [...new Set([...tags, ...extra.map(() => 'scope:tooling')])],
      })),
    ],
  },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  prettier,
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      '**/.data',
      '**/coverage',
      '**/webpack.config.js',
      'jest.config.js',
      'bench/**',
      // Generated from the gateway's document (npm run console-client:generate).
      'apps/console/src/api/gateway.gen.ts',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: { '@nx/enforce-module-boundaries': boundaries() },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parser: tseslint.parser,
      // One program for the server side and the console's two (as `npm run typecheck` checks them).
      parserOptions: {
        project: [
          './tsconfig.check.json',
          './apps/console/tsconfig.app.json',
          './apps/console/tsconfig.spec.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'pino',
              message: 'Inject AppLogger from @slipway/platform: one logger, redacted, with request ids.',
            },
          ],
        },
      ],
    },
  },
  {
    // The one place that builds loggers.
    files: ['libs/platform/src/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Tests of any project may use the test tooling (per-file databases and Redis prefixes, the
    // built data-api and the other processes of the suite).
    files: ['**/*.spec.ts', '**/test/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(['type:tooling']),
      'no-console': 'off',
    },
  },
];
