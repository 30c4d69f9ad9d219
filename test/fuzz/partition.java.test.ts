import { describe, expect, it } from '@jest/globals';
import { runPartitionProperty } from './properties/partition.js';
import { testSettings } from './support/settings.js';

describe('property: generated patterns are a partition under Java', () => {
  it('routes every non-empty message to exactly its status, and the empty one nowhere, for 20 catalogs', async () => {
    const report = await runPartitionProperty(testSettings(10_000));
    expect(report.failure).toBeUndefined();
    expect(report.cases).toBe(testSettings(10_000).numRuns);
  }, 60_000);
});
