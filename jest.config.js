/** Jest runs Payload's ES modules natively (NODE_OPTIONS=--experimental-vm-modules); SWC strips TypeScript. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
      // JSON is imported `with { type: 'json' }`, as Node's ES modules require.
      experimental: { keepImportAttributes: true },
    },
    module: { type: 'es6' },
  },
]

const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    // Route modules import Payload's stylesheet; tests need only their handlers.
    '^@payloadcms/next/css$': '<rootDir>/tests/setup/styleStub.js',
    '\\.(css|scss)$': '<rootDir>/tests/setup/styleStub.js',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
}

const config = {
  // Each integration file boots its own Payload on its own database; two workers fit two cores.
  maxWorkers: 2,
  testTimeout: 120_000,
  projects: [
    {
      ...common,
      displayName: 'int',
      setupFiles: ['<rootDir>/tests/setup/env.ts'],
      testMatch: ['<rootDir>/tests/int/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      // One production build on a seeded database, served by `next start`, for all browser tests.
      globalSetup: '<rootDir>/tests/e2e/setup/startServer.js',
      globalTeardown: '<rootDir>/tests/e2e/setup/stopServer.js',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
    },
  ],
}

export default config
