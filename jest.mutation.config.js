// The tests that judge the catalog, classification and generator code, for mutation testing (npm run mutation).
// The Java-backed partition and routing tests are left out: each takes seconds, and Stryker runs them per mutant.
import base from './jest.config.js';

export default {
  ...base,
  testMatch: [
    '<rootDir>/test/catalog/**/*.test.ts',
    '<rootDir>/test/generate/integration-responses.test.ts',
    '<rootDir>/test/generate/pattern-syntax.test.ts',
    '<rootDir>/test/nonproxy/tagged-error-message.test.ts',
    '<rootDir>/test/nonproxy/format-tagged-message.test.ts',
  ],
};
