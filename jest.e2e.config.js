// `npm run test:e2e`: the example service under the real Serverless Framework v3 (installed into e2e/ by
// `npm run e2e:install`): `serverless package` and `serverless offline`. Also needs a JDK (the packaged
// selection patterns are routed under java.util.regex) and the build (the plugin loads from dist/).
import base from './jest.config.js';

/** @type {import('jest').Config} */
export default {
  ...base,
  testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  setupFiles: [],
};
