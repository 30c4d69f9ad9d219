/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // Needs Apache Velocity 1.7 from Debian: `npm run test:velocity` (CI installs it).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/velocity/'],
  // src/cli/main.ts only calls runCli; it is exercised by spawning the built binary (test/cli/main.test.ts).
  collectCoverageFrom: ['src/**/*.ts', '!src/cli/main.ts'],
  coverageReporters: ['text-summary', 'json-summary'],
  coverageThreshold: { global: { lines: 95, branches: 95 } },
  testTimeout: 30000,
};
