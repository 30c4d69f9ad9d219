import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from '../../src/cli/run-cli.js';
import { runCliIn } from '../support/run-cli.js';

// A CloudFormation template (AWS::ApiGateway::RestApi, Resource, Method, Stage; AWS::Lambda::Function) served
// through the command line, handlers found with --code-root; it has no Gateway Responses of its own.
const FIXTURE = dirname(fileURLToPath(new URL('./fixtures/cloudformation/template.json', import.meta.url)));

interface Started {
  readonly url: string;
  readonly stop: () => Promise<{ code: number; stderr: string }>;
}

/** Runs `lambda-error-map serve ...args` until stopped, resolving once it printed its URL. */
async function startCli(...args: string[]): Promise<Started> {
  const controller = new AbortController();
  let stdout = '';
  let stderr = '';
  let printed: (url: string) => void = () => {};
  const url = new Promise<string>((resolve) => {
    printed = resolve;
  });
  const run = runCli(['serve', ...args], {
    stdout: (text) => {
      stdout += text;
      printed(stdout.trim());
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: FIXTURE,
    signal: controller.signal,
  });
  const first = await Promise.race([url, run.then((code) => `exited ${code}: ${stderr}`)]);
  return {
    url: first,
    stop: async () => {
      controller.abort();
      return { code: await run, stderr };
    },
  };
}

describe('lambda-error-map serve (command line, CloudFormation template)', () => {
  let server: Started;
  beforeAll(async () => {
    server = await startCli(
      '--template',
      'template.json',
      '--api',
      'ItemsApi',
      '--code-root',
      'code',
      '-p',
      '0',
      '--host',
      '127.0.0.1',
    );
  });
  afterAll(async () => {
    expect((await server.stop()).code).toBe(0);
  });

  it('prints one line, its URL on 127.0.0.1', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('runs a CommonJS handler with its context, under the Stage name, with stage variables', async () => {
    const response = await fetch(`${server.url}/v1/items?color=red&color=blue`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      query: { color: 'blue' },
      stageVariables: { table: 'items-v1' },
      requestPath: '/v1/items',
      functionName: 'ItemsFunction',
    });
  });

  it('renders the request template with $context and selects by full match', async () => {
    const found = await fetch(`${server.url}/v1/items/7`);
    expect(found.status).toBe(200);
    const item = (await found.json()) as { id: string; stage: string; remainingMs: number };
    expect(item).toMatchObject({ id: '7', stage: 'v1' });
    expect(item.remainingMs).toBeGreaterThan(4000);
    expect(item.remainingMs).toBeLessThanOrEqual(5000);
    const missing = await fetch(`${server.url}/v1/items/missing`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('item missing not found');
  });

  it('a module that fails to load: non-proxy, its error payload through selection (the default 200)', async () => {
    const response = await fetch(`${server.url}/v1/broken`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ errorType: 'Runtime.ImportModuleError' });
  });

  it('a handler the module does not export: proxy, 502', async () => {
    const response = await fetch(`${server.url}/v1/broken`, { method: 'DELETE' });
    expect(response.status).toBe(502);
    expect(await response.text()).toBe('{"message": "Internal server error"}');
  });

  it("answers an unknown route with the catalog's Gateway Response when the template has none", async () => {
    const response = await fetch(`${server.url}/v1/nowhere`);
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({
      status: 403,
      detail: 'Missing Authentication Token',
      gatewayResponseType: 'MISSING_AUTHENTICATION_TOKEN',
    });
  });
});

describe('lambda-error-map serve: bad input, one line and exit 2', () => {
  it.each([
    [['serve'], 'missing --template'],
    [
      ['serve', '--template', 'template.json', '--port', 'x'],
      '--port must be an integer from 0 to 65535, got "x"',
    ],
    [
      ['serve', '--template', 'template.json'],
      'several REST APIs (ItemsApi, OtherApi); choose one with --api',
    ],
    [
      ['serve', '--template', 'template.json', '--api', 'Nope'],
      '--api Nope: the template defines no REST API',
    ],
    [['serve', '--template', 'absent.yaml'], 'cannot serve absent.yaml'],
    [['serve', '--template', 'template.json', '--format', 'json'], '--format is not an option of serve'],
  ])('%j', async (argv, message) => {
    const run = await runCliIn(FIXTURE, ...argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('shows its options in help', async () => {
    const run = await runCliIn(FIXTURE, 'help', 'serve');
    expect(run.code).toBe(0);
    for (const option of ['--template', '--port', '--host', '--api', '--code-root']) {
      expect(run.stdout).toContain(option);
    }
  });
});
