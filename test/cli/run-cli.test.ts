import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from '../../src/cli/run-cli.js';
import {
  emit,
  gatewayResponses,
  integrationResponses,
  OUTPUT_FORMATS,
  type OutputFormat,
} from '../../src/generate/index.js';
import { defaultCatalog } from '../../src/index.js';
import { type CliRun, runCliIn } from '../support/run-cli.js';

/** What `generate` writes by default: the integration responses and the Gateway Responses. */
const GENERATED_BY_DEFAULT = {
  ...integrationResponses(defaultCatalog),
  gatewayResponses: gatewayResponses(defaultCatalog),
};

let dir: string;

function cli(...argv: string[]): Promise<CliRun> {
  return runCliIn(dir, ...argv);
}

/** A catalog built by hand, as another copy of lambda-error-map would: recognised by its shape. */
const FOREIGN_CATALOG_MODULE = `
const kinds = [{ kind: 'Teapot', status: 418, title: "I'm a teapot", type: 'about:blank', expose: true, retryAfterSeconds: undefined, awsExceptions: [] }];
export const catalog = {
  kinds,
  statuses: [418],
  kind: (name) => kinds.find((kind) => kind.kind === name),
  kindForStatus: (status) => kinds.find((kind) => kind.status === status),
  kindForAwsException: () => undefined,
  error: () => { throw new Error('not used'); },
};
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lambda-error-map-cli-'));
  await writeFile(
    join(dir, 'errors.json'),
    JSON.stringify({ OrderNotFound: { status: 404 }, Teapot: { status: 418 } }),
  );
  await writeFile(join(dir, 'foreign.mjs'), FOREIGN_CATALOG_MODULE);
  await writeFile(
    join(dir, 'commonjs.cjs'),
    FOREIGN_CATALOG_MODULE.replace('export const catalog =', 'module.exports.catalog ='),
  );
  await writeFile(join(dir, 'no-export.mjs'), 'export const something = 42;\n');
  await writeFile(join(dir, 'throws.mjs'), "throw new Error('database password missing\\nat line 1');\n");
  await writeFile(join(dir, 'throws-string.mjs'), "throw 'catalog not built yet';\n");
  // A hand-built catalog that tags errors with the success status: the serverless block keys both by status.
  await writeFile(join(dir, 'tags-200.mjs'), FOREIGN_CATALOG_MODULE.replaceAll('418', '200'));
  await writeFile(join(dir, 'invalid.json'), JSON.stringify({ Broken: { status: 700 } }));
  await writeFile(join(dir, 'malformed.json'), '{ "NotFound": ');
  await mkdir(join(dir, 'out'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('lambda-error-map generate', () => {
  it.each(Object.keys(OUTPUT_FORMATS) as OutputFormat[])(
    "--format %s prints that emitter's output for the default catalog",
    async (format) => {
      const run = await cli('generate', '--format', format);
      expect(run).toEqual({
        code: 0,
        stdout: emit(format, GENERATED_BY_DEFAULT),
        stderr: '',
      });
    },
  );

  it('--format cloudformation prints a template whose integration responses are the default catalog model', async () => {
    const run = await cli('generate', '--format', 'cloudformation');
    const template = JSON.parse(run.stdout);
    const patterns = template.Resources.ErrorMappedMethod.Properties.Integration.IntegrationResponses.map(
      (response: { SelectionPattern?: string }) => response.SelectionPattern,
    );
    expect(patterns).toEqual(
      integrationResponses(defaultCatalog).integrationResponses.map((r) => r.selectionPattern),
    );
  });

  it('--catalog reads a JSON file of kind definitions on top of the default catalog', async () => {
    const run = await cli('generate', '--catalog', 'errors.json', '-f', 'openapi');
    expect(run.code).toBe(0);
    const responses = JSON.parse(run.stdout).paths['/example'].post.responses;
    expect(Object.keys(responses)).toContain('418');
    expect(Object.keys(responses)).toContain('503');
  });

  it.each(['foreign.mjs', 'commonjs.cjs'])(
    '--catalog %s: recognises a catalog from another copy by its shape',
    async (file) => {
      const run = await cli('generate', '--catalog', file, '--format', 'cdk-json');
      expect(run.stderr).toBe('');
      const statuses = JSON.parse(run.stdout).methodResponses.map(
        (response: { statusCode: string }) => response.statusCode,
      );
      expect(statuses).toEqual(['200', '418', '500', '504']);
    },
  );

  it('--out writes the whole output to the file and nothing to stdout', async () => {
    const run = await cli('generate', '--format', 'terraform', '--out', 'out/errors.tf');
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await readFile(join(dir, 'out/errors.tf'), 'utf8')).toBe(emit('terraform', GENERATED_BY_DEFAULT));
    expect(await readdir(join(dir, 'out'))).toEqual(['errors.tf']);
  });

  it('generate --help and --version print to stdout and exit 0', async () => {
    const help = await cli('generate', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--format');
    expect(help.stdout).toContain('cloudformation-yaml');
    const version = await cli('--version');
    const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(version).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });
});

describe('lambda-error-map bad input: exit 2, one line on stderr, no output', () => {
  it.each([
    [
      'a missing catalog file',
      ['--format', 'openapi', '--catalog', 'nope.json'],
      /catalog file not found: .*nope\.json/,
    ],
    [
      'a module without a catalog export',
      ['--format', 'openapi', '--catalog', 'no-export.mjs'],
      /has no error catalog in an export named "catalog" or the default export \(its exports: something\): export it as "catalog"/,
    ],
    [
      'a catalog module that throws on import',
      ['--format', 'openapi', '--catalog', 'throws.mjs'],
      /cannot load catalog module .*throws\.mjs: database password missing at line 1/,
    ],
    [
      'a catalog module that throws something other than an Error',
      ['--format', 'openapi', '--catalog', 'throws-string.mjs'],
      /cannot load catalog module .*throws-string\.mjs: catalog not built yet \(lambda-error-map --help\)$/m,
    ],
    [
      'a catalog the chosen format cannot express',
      ['--format', 'serverless', '--catalog', 'tags-200.mjs'],
      /cannot generate serverless: serverless emitter: two integration responses for status 200; Serverless keys them by status/,
    ],
    [
      'invalid catalog definitions',
      ['--format', 'openapi', '--catalog', 'invalid.json'],
      /invalid catalog .*invalid\.json: .*"Broken": status must be an integer from 400 to 599/,
    ],
    [
      'malformed JSON',
      ['--format', 'openapi', '--catalog', 'malformed.json'],
      /cannot read catalog .*malformed\.json/,
    ],
    [
      'an unknown format',
      ['--format', 'pulumi'],
      /unknown format "pulumi": choose one of serverless, cloudformation/,
    ],
    ['a missing format', [], /missing --format/],
    ['an unknown flag', ['--format', 'openapi', '--colour'], /Unknown option '--colour'/],
    [
      'an unwritable --out',
      ['--format', 'openapi', '--out', 'malformed.json/out.json'],
      /cannot write .*malformed\.json\/out\.json: (?:EEXIST|ENOTDIR)/,
    ],
    ['an --out that is a directory', ['--format', 'openapi', '--out', 'out'], /cannot write .*out: /],
  ])('%s', async (_, args, message) => {
    const before = await readdir(dir, { recursive: true });
    const run = await cli('generate', ...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/^lambda-error-map: [^\n]+\n$/);
    expect(await readdir(dir, { recursive: true })).toEqual(before);
  });

  it('reports a failure that is no usage error on one line too, without pointing at --help', async () => {
    let stderr = '';
    const code = await runCli(['generate', '--format', 'openapi'], {
      stdout: () => {
        throw new Error('write EPIPE\n    at afterWriteDispatched');
      },
      stderr: (text) => {
        stderr += text;
      },
      cwd: dir,
    });

    expect(code).toBe(2);
    expect(stderr).toBe('lambda-error-map: write EPIPE at afterWriteDispatched\n');
  });

  it.each([
    ['no command', [], /missing command/],
    ['an unknown command', ['emit'], /unknown command "emit"/],
    ['an extra argument', ['generate', 'extra', '--format', 'openapi'], /unexpected argument "extra"/],
  ])('%s', async (_, args, message) => {
    const run = await cli(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/^lambda-error-map: [^\n]+\n$/);
  });
});

describe('lambda-error-map generate: Gateway Responses and CORS', () => {
  it('--cors-origin sends the origin on every integration response and every Gateway Response', async () => {
    const run = await cli('generate', '-f', 'cloudformation', '--cors-origin', 'https://app.example.com');
    expect(run.stderr).toBe('');
    const options = { corsOrigin: 'https://app.example.com' };
    expect(run.stdout).toBe(
      emit('cloudformation', {
        ...integrationResponses(defaultCatalog, options),
        gatewayResponses: gatewayResponses(defaultCatalog, options),
      }),
    );
  });

  it('--no-gateway-responses leaves them out', async () => {
    const run = await cli('generate', '-f', 'openapi', '--no-gateway-responses');
    expect(run).toEqual({
      code: 0,
      stdout: emit('openapi', integrationResponses(defaultCatalog)),
      stderr: '',
    });
    expect(run.stdout).not.toContain('x-amazon-apigateway-gateway-responses');
  });

  it.each([
    ['a path', 'https://app.example.com/app'],
    ['two origins', 'https://a.example.com https://b.example.com'],
    ['an empty entry in a comma list', 'https://a.example.com,'],
    ['a control character', 'https://app.example.com\u0007'],
    ['a line break', 'https://app.example.com\r\nX-Injected: 1'],
    ['a quote', "https://app.example.com'"],
    ['no scheme', 'app.example.com'],
    ['nothing', ''],
  ])('--cors-origin with %s: one line on stderr, exit 2, nothing written', async (_, origin) => {
    const run = await cli('generate', '-f', 'cloudformation', '--cors-origin', origin, '--out', 'cors.json');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^lambda-error-map: --cors-origin must be a non-empty origin such as "https:\/\/app\.example\.com" or "\*"/,
    );
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(await readdir(dir)).not.toContain('cors.json');
  });

  it('--cors-origin with "${": refused before the serverless output hands it to the variable resolver', async () => {
    const origin = 'https://$' + '{stage}.example.com'; // a Serverless variable, not a JavaScript placeholder
    const run = await cli('generate', '-f', 'serverless', '--cors-origin', origin, '--out', 'cors.yml');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^lambda-error-map: --cors-origin must not contain "\$\{"/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(await readdir(dir)).not.toContain('cors.yml');
  });

  it('--cors-origin with a comma list: refused for the integration responses generate always writes', async () => {
    const origins = 'https://a.example.com,https://b.example.com';
    const run = await cli('generate', '-f', 'cloudformation', '--cors-origin', origins, '--out', 'cors.json');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^lambda-error-map: --cors-origin must be one origin or "\*" for non-proxy integration responses, got 2 \(/,
    );
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(await readdir(dir)).not.toContain('cors.json');
  });

  it('apply --cors-origin with a comma list: Gateway Responses without CORS headers on a proxy-only API', async () => {
    const template = [
      'Resources:',
      '  Api: { Type: AWS::ApiGateway::RestApi, Properties: { Name: a } }',
      '  Get:',
      '    Type: AWS::ApiGateway::Method',
      "    Properties: { RestApiId: !Ref Api, HttpMethod: GET, Integration: { Type: AWS_PROXY, Uri: 'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:orders/invocations' } }",
      '',
    ].join('\n');
    await writeFile(join(dir, 'proxy-only.yaml'), template);
    const origins = 'https://a.example.com, https://b.example.com';
    const run = await cli(
      'apply',
      '--template',
      'proxy-only.yaml',
      '--out',
      'applied.yaml',
      '--cors-origin',
      origins,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const applied = await readFile(join(dir, 'applied.yaml'), 'utf8');
    expect(applied).toContain('AWS::ApiGateway::GatewayResponse');
    expect(applied).not.toContain('Access-Control-Allow-Origin');
  });

  it('--cors-origin "*" is accepted', async () => {
    const run = await cli('generate', '-f', 'cdk-json', '--cors-origin', '*');
    expect(run.code).toBe(0);
    const [first] = JSON.parse(run.stdout).gatewayResponses;
    expect(first.responseHeaders['Access-Control-Allow-Origin']).toBe("'*'");
  });

  it.each(['generate', 'apply'])('%s --help names both flags', async (command) => {
    const help = await cli(command, '--help');
    expect(help.stdout).toContain('--cors-origin');
    expect(help.stdout).toContain('--no-gateway-responses');
  });
});
