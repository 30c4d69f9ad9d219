// `npm run test:e2e`: the example service under the real Serverless Framework v3 (installed into e2e/ by
// `npm run e2e:install`): `serverless package` and `serverless offline`; and `lambda-error-map serve` on it and on a
// SAM template. Also needs a JDK (selection patterns are routed under java.util.regex), Apache Velocity 1.7 (serve's
// answers are checked against templates rendered by it) and the build (the plugin and the CLI load from dist/).
import base from './jest.config.js';

/** @type {import('jest').Config} */
export default {
  ...base,
  testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  setupFiles: [],
};
