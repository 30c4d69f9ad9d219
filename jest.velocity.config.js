// `npm run test:velocity`: the cross-check against Apache Velocity 1.7. Needs a JDK and Debian's velocity and
// libjackson2-databind-java packages (see docs/fidelity.md).
import base from './jest.config.js';

/** @type {import('jest').Config} */
export default {
  ...base,
  testMatch: ['<rootDir>/test/velocity/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  setupFiles: [],
  testTimeout: 120000,
};
