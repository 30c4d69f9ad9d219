// `npm run test:velocity`: the cross-check against Apache Velocity 1.7, kept out of the default run because it
// needs Debian's velocity and libjackson2-databind-java packages (see the README, Cross-check against Apache Velocity 1.7).
import base from './jest.config.js';

/** @type {import('jest').Config} */
export default {
  ...base,
  testMatch: ['<rootDir>/test/velocity/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 120000,
};
