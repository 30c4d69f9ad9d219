import { describe, expect, it } from '@jest/globals';
import { javaMatchMatrix } from '../support/java-regex.js';

describe('the unit lane', () => {
  it('refuses to start Java, and says where a suite that needs it belongs', async () => {
    await expect(javaMatchMatrix(['a'], ['a'])).rejects.toThrow(
      /needs a JDK, but this suite runs in the unit lane.*name its file \*\.java\.test\.ts/,
    );
  });
});
