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
  collectCoverageFrom: ['src/**/*.ts'],
  testTimeout: 30000,
};
