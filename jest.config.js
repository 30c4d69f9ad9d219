// The unit lane, `npm run test:unit`: every suite that needs Node alone, with coverage. The other lanes reuse
// this config: suites that start Java are named *.java.test.ts (jest.java.config.js, `npm run test:java`),
// test/e2e runs the Serverless Framework (jest.e2e.config.js) and test/velocity Apache Velocity 1.7
// (jest.velocity.config.js). CONTRIBUTING.md lists the lanes.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // The examples import the package by name, as a user's code does; under Jest that name is the source.
    '^lambda-error-map$': '<rootDir>/src/index.ts',
    '^lambda-error-map/(.+)$': '<rootDir>/src/$1/index.ts',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: [
    '/node_modules/',
    '\\.java\\.test\\.ts$',
    '<rootDir>/test/e2e/',
    '<rootDir>/test/velocity/',
  ],
  // Makes a suite that starts Java fail here with a message saying where it belongs.
  setupFiles: ['<rootDir>/test/support/node-only-lane.ts'],
  // src/cli/main.ts only calls runCli; it is exercised by spawning the built binary (test/cli/main.test.ts).
  collectCoverageFrom: ['src/**/*.ts', '!src/cli/main.ts'],
  coverageReporters: ['text-summary', 'json-summary'],
  coverageThreshold: { global: { lines: 95, branches: 95 } },
  testTimeout: 30000,
};
