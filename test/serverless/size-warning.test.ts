import { describe, expect, it } from '@jest/globals';
import LambdaErrorMapPlugin from '../../src/serverless/index.js';
import type { ServerlessLike } from '../../src/serverless/serverless-types.js';

/** A compiled template whose 2-space JSON is about `bytes` long (one resource holding a long string). */
function compiledOf(bytes: number): Record<string, unknown> {
  const padding = 'x'.repeat(Math.max(0, bytes - 120));
  return {
    Resources: { Padding: { Type: 'AWS::CloudFormation::WaitConditionHandle', Metadata: { padding } } },
  };
}

/** Runs the plugin's package:finalize hook on a service whose compiled template is `compiled`. */
async function finalized(compiled: Record<string, unknown> | undefined, withWarning = true) {
  const warnings: string[] = [];
  const verbose: string[] = [];
  const serverless: ServerlessLike = {
    service: {
      custom: {},
      functions: {},
      provider: compiled === undefined ? {} : { compiledCloudFormationTemplate: compiled },
    },
    serviceDir: '/nowhere',
  };
  const log = withWarning
    ? { verbose: (line: string) => verbose.push(line), warning: (line: string) => warnings.push(line) }
    : { verbose: (line: string) => verbose.push(line) };
  const plugin = new LambdaErrorMapPlugin(serverless, {}, { log });
  await plugin.hooks['after:package:finalize']?.();
  return { warnings, verbose, bytes: compiled && Buffer.byteLength(JSON.stringify(compiled, null, 2)) };
}

describe('the plugin warns once the compiled template nears the 1 MB CloudFormation accepts from S3', () => {
  it('says nothing below 900 KB, even far over the inline limit (the framework uploads every template)', async () => {
    const run = await finalized(compiledOf(900_000));
    expect(run.bytes).toBeGreaterThan(51_200);
    expect(run.bytes).toBeLessThan(921_600);
    expect(run).toMatchObject({ warnings: [], verbose: [] });
  });

  it('warns in one line near 1 MB and over it, through the log the framework gives', async () => {
    const near = await finalized(compiledOf(1_000_000));
    expect(near.warnings).toEqual([
      `lambda-error-map: the compiled CloudFormation template is ${near.bytes?.toLocaleString('en-US')} bytes, near the 1,048,576 bytes (1 MB) CloudFormation accepts from S3: plan a split into nested stacks before adding methods`,
    ]);
    const over = await finalized(compiledOf(1_100_000));
    expect(over.warnings).toEqual([
      expect.stringMatching(
        /^lambda-error-map: the compiled CloudFormation template is [\d,]+ bytes, over the 1,048,576 bytes/,
      ),
    ]);
  });

  it('falls back to the verbose log where the framework has no warning log, and skips a service with no template', async () => {
    const run = await finalized(compiledOf(1_100_000), false);
    expect(run.verbose).toEqual([
      expect.stringMatching(/^lambda-error-map: the compiled CloudFormation template is /),
    ]);
    expect(await finalized(undefined)).toMatchObject({ warnings: [], verbose: [] });
  });
});
