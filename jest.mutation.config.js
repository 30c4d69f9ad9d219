// The tests that judge the catalog, classification and generator code, for mutation testing (npm run mutation).
import base from './jest.config.js';

export default {
  ...base,
  testMatch: [
    '<rootDir>/test/catalog/**/*.test.ts',
    '<rootDir>/test/generate/integration-responses.test.ts',
    '<rootDir>/test/nonproxy/tagged-error-message.test.ts',
  ],
};
