// `npm run test:java`: the suites that check routing claims against Java's own java.util.regex (*.java.test.ts).
// They need a JDK (javac and java on PATH).
import base from './jest.config.js';

/** @type {import('jest').Config} */
export default {
  ...base,
  testMatch: ['<rootDir>/test/**/*.java.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/test/velocity/'],
  setupFiles: [],
  // Each of these starts JVMs on corpora of tens of thousands of messages: minutes on a loaded 2-core machine.
  testTimeout: 180000,
};
