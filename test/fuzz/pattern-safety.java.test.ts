import { describe, expect, it } from '@jest/globals';
import { runPatternSafetyProperty } from './properties/pattern-safety.js';
import { testSettings } from './support/settings.js';

describe('property: generated patterns are safe on adversarial megabyte messages', () => {
  it('Java evaluates every pattern on every message (no StackOverflowError), routes each right, and none matches ""', async () => {
    const report = await runPatternSafetyProperty({ ...testSettings(1), measure: false });
    expect(report.failure).toBeUndefined();
    expect(report.cases).toBeGreaterThan(0);
  }, 60_000);
});
