/** One Jest run over every project; each test file gets its own database and Redis prefix. */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleNameMapper: {
    '^@slipway/contracts$': '<rootDir>/libs/contracts/src/index.ts',
    '^@slipway/platform$': '<rootDir>/libs/platform/src/index.ts',
    '^@slipway/devstack$': '<rootDir>/libs/devstack/src/index.ts',
  },
  globalSetup: '<rootDir>/libs/devstack/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/libs/devstack/src/testing/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};
