// examples/cdk as a user copies it: outside the repository, with the packed package and only the packages its
// package.json declares, synthesized by its own command (tsx app.ts); then the function's Handler is looked up
// in the asset CDK would upload and called there, as Lambda would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyExample, type ExampleCopy, runIn } from '../support/example-copy.js';

const SYNTH_TIMEOUT_MS = 180_000;

interface Resource {
  readonly Type: string;
  readonly Properties: Record<string, unknown>;
}

function synth(copy: ExampleCopy): string {
  const outdir = join(copy.dir, 'cdk.out');
  runIn(copy.dir, process.execPath, ['node_modules/tsx/dist/cli.mjs', 'app.ts'], {
    ...process.env,
    CDK_OUTDIR: outdir,
  });
  return outdir;
}

/** Calls `file.export` of the asset in a fresh Node process, as the Lambda runtime would load the Handler. */
function invoke(assetDir: string, handler: string, event: object): { ok?: unknown; errorMessage?: string } {
  const [file, exported] = handler.split('.');
  const script = `
    const module = await import(${JSON.stringify(join(assetDir, `${file}.mjs`))});
    try {
      console.log('RESULT ' + JSON.stringify({ ok: await module[${JSON.stringify(exported)}](${JSON.stringify(event)}, {}) }));
    } catch (error) {
      console.log('RESULT ' + JSON.stringify({ errorMessage: error.message }));
    }`;
  const output = runIn(assetDir, process.execPath, ['--input-type=module', '-e', script]);
  // The middleware also logs the error (stderr); the answer is the line marked RESULT.
  const line = output.split('\n').find((text) => text.startsWith('RESULT '));
  return JSON.parse(line?.slice('RESULT '.length) ?? 'null');
}

describe('examples/cdk, copied and installed from the packed tarball', () => {
  let copy: ExampleCopy;
  let outdir: string;
  let lambda: Resource;

  beforeAll(() => {
    copy = copyExample('cdk');
    outdir = synth(copy);
    const template = JSON.parse(readFileSync(join(outdir, 'Orders.template.json'), 'utf8')) as {
      Resources: Record<string, Resource>;
    };
    const functions = Object.values(template.Resources).filter((r) => r.Type === 'AWS::Lambda::Function');
    expect(functions).toHaveLength(1);
    lambda = functions[0] as Resource;
  }, SYNTH_TIMEOUT_MS);

  afterAll(() => copy?.remove());

  it('synthesizes a function on a current Node.js runtime', () => {
    expect(lambda.Properties.Runtime).toMatch(/^nodejs(22|24)\.x$/);
  });

  it('has a Handler that names a file and an export of the asset it uploads, which answers as the catalog says', () => {
    const key = (lambda.Properties.Code as { S3Key: string }).S3Key;
    const assets = JSON.parse(readFileSync(join(outdir, 'Orders.assets.json'), 'utf8')) as {
      files: Record<string, { source: { path: string } }>;
    };
    const asset = assets.files[key.replace(/\.zip$/, '')];
    expect(asset).toBeDefined();
    const assetDir = join(outdir, asset?.source.path ?? '');
    const handler = String(lambda.Properties.Handler);

    expect(invoke(assetDir, handler, { path: { id: '42' } })).toEqual({
      ok: { orderId: '42', state: 'shipped' },
    });
    const locked = invoke(assetDir, handler, { path: { id: '7' } }).errorMessage ?? '';
    expect(locked).toMatch(/^\[409\] \{/);
    expect(JSON.parse(locked.slice('[409] '.length))).toMatchObject({
      title: 'Order locked',
      status: 409,
      detail: 'Order 7 is being packed.',
    });
  });

  it('routes the non-proxy method through the catalog: one integration response per status', () => {
    const template = readFileSync(join(outdir, 'Orders.template.json'), 'utf8');
    for (const status of ['200', '404', '409', '500'])
      expect(template).toContain(`"StatusCode": "${status}"`);
  });
});

describe('the copy installs only what package.json declares', () => {
  it(
    'fails to synthesize when a dependency the handler imports is not installed',
    () => {
      const copy = copyExample('cdk', { withhold: ['@middy/core'] });
      try {
        expect(() => synth(copy)).toThrow(/Could not resolve "@middy\/core"/);
      } finally {
        copy.remove();
      }
    },
    SYNTH_TIMEOUT_MS,
  );
});
