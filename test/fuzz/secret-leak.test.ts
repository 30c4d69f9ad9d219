import { describe, expect, it } from '@jest/globals';
import { runSecretLeakProperty } from './properties/secret-leak.js';
import { testSettings } from './support/settings.js';

describe('property: server errors keep their secrets', () => {
  it('never sends a secret hidden in a 5xx error, unless exposeServerErrors asks for the message', async () => {
    const report = await runSecretLeakProperty(testSettings(1000));
    expect(report.failure).toBeUndefined();
  }, 60_000);
});
