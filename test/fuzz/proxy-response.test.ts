import { describe, expect, it } from '@jest/globals';
import { runProxyResponseProperty } from './properties/proxy-response.js';
import { testSettings } from './support/settings.js';

describe('property: proxyErrorResponse never fails', () => {
  it('answers a valid response of the right kind for any thrown value and event', async () => {
    const report = await runProxyResponseProperty(testSettings(1000));
    expect(report.failure).toBeUndefined();
    expect(report.cases).toBe(testSettings(1000).numRuns);
  }, 60_000);
});
