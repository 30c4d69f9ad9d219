import { describe, expect, it } from '@jest/globals';
import { runTaggedMessageProperty } from './properties/tagged-message.js';
import { testSettings } from './support/settings.js';

describe('property: taggedErrorMessage is routable', () => {
  it('yields one capped line of tagged JSON that Java routes to the status classify gave', async () => {
    const report = await runTaggedMessageProperty(testSettings(1500));
    expect(report.failure).toBeUndefined();
    expect(report.cases).toBe(testSettings(1500).numRuns);
  }, 60_000);
});
