// The package as npm publishes it: packed with `npm pack`, unpacked into a consumer project that has only
// TypeScript installed (no @middy/core, aws-lambda, yaml or velocityjs), then type-checked and run there.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));
const typescriptDir = join(root, 'node_modules', 'typescript');
const ENTRIES = [
  'lambda-error-map',
  'lambda-error-map/generate',
  'lambda-error-map/testing',
  'lambda-error-map/serverless',
  'lambda-error-map/powertools',
  'lambda-error-map/hono',
];
const ADAPTERS = ['powertools', 'hono'];

let work: string;
let consumer: string;
let packedFiles: string[];

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.error) throw result.error;
  return result;
}

function node(script: string) {
  return run(process.execPath, ['--input-type=module', '-e', script], consumer);
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.js')))
    throw new Error('dist/ is missing: run `npm run build` first');
  work = mkdtempSync(join(tmpdir(), 'lambda-error-map-pack-'));
  const pack = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root);
  expect(pack.status).toBe(0);
  const [packed] = JSON.parse(pack.stdout) as [{ filename: string; files: { path: string }[] }];
  packedFiles = packed.files.map((file) => file.path);
  consumer = join(work, 'consumer');
  const installed = join(consumer, 'node_modules', 'lambda-error-map');
  mkdirSync(installed, { recursive: true });
  expect(
    run('tar', ['-xzf', join(work, packed.filename), '-C', installed, '--strip-components=1'], work).status,
  ).toBe(0);
  symlinkSync(typescriptDir, join(consumer, 'node_modules', 'typescript'), 'dir');
  writeFileSync(
    join(consumer, 'package.json'),
    '{ "name": "consumer", "private": true, "type": "module" }\n',
  );
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('ships dist, package.json, README and LICENSE only: no sources, no declaration maps into src', () => {
    expect(packedFiles.filter((path) => !/^(dist\/|package\.json$|README\.md$|LICENSE$)/.test(path))).toEqual(
      [],
    );
    expect(packedFiles.filter((path) => path.endsWith('.d.ts.map'))).toEqual([]);
    expect(packedFiles).toEqual(
      expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js']),
    );
  });

  it('ships each source map with the sources it points to', () => {
    const maps = packedFiles.filter((path) => path.endsWith('.js.map'));
    expect(maps.length).toBeGreaterThan(0);
    for (const path of maps) {
      const map = JSON.parse(
        readFileSync(join(consumer, 'node_modules', 'lambda-error-map', path), 'utf8'),
      ) as {
        sources: string[];
        sourcesContent?: (string | null)[];
      };
      expect({
        path,
        missing: map.sources.filter((_, i) => typeof map.sourcesContent?.[i] !== 'string'),
      }).toEqual({
        path,
        missing: [],
      });
    }
  });

  it('builds the runtime entry as one file that imports no other file, nor any build-time package', () => {
    const rootEntry = readFileSync(
      join(consumer, 'node_modules', 'lambda-error-map', 'dist', 'index.js'),
      'utf8',
    );
    const imports = rootEntry.match(/^(?:import|export) .* from "[^"]+";$|import\(/gms) ?? [];
    expect(imports).toEqual([]);
  });

  it('builds each adapter as one file that imports only the runtime entry: one copy of the runtime code', () => {
    for (const adapter of ADAPTERS) {
      const source = readFileSync(
        join(consumer, 'node_modules', 'lambda-error-map', 'dist', adapter, 'index.js'),
        'utf8',
      );
      const imports = [...source.matchAll(/^(?:import|export) .* from "([^"]+)";$|import\(/gm)].map(
        (match) => match[1],
      );
      expect({ adapter, imports }).toEqual({ adapter, imports: ['../index.js'] });
    }
  });

  it('recognises catalog errors across copies of the package (two installed versions, or two entries)', () => {
    const copies = node(`
      const first = await import('lambda-error-map');
      const second = await import(import.meta.resolve('lambda-error-map') + '?second-copy');
      const error = first.defineErrorCatalog({ Gone: { status: 410, title: 'Gone' } }).error('Gone', 'order 42 was archived');
      const catalog = second.defineErrorCatalog({ Gone: { status: 410, title: 'Gone' } });
      const { onError } = second.taggedErrorMessage({ catalog, logger: false });
      let tagged;
      try { onError({ error, context: {}, event: {} }); } catch (thrown) { tagged = thrown; }
      console.log(first.CatalogError !== second.CatalogError, catalog.is(error, 'Gone'), tagged.name, tagged.message);
    `);
    expect(copies.stderr).toBe('');
    expect(copies.stdout).toBe(
      'true true Gone [410] {"type":"about:blank","title":"Gone","status":410,"detail":"order 42 was archived"}\n',
    );
  });
});

describe('a consumer with only TypeScript installed', () => {
  const CONSUMER_SOURCE = `
import { defineErrorCatalog, errorResponseForEvent, proxyErrorResponse, taggedErrorMessage } from 'lambda-error-map';
import { emitOpenApi, integrationResponses } from 'lambda-error-map/generate';
import { problemOnError } from 'lambda-error-map/hono';
import { problemErrorHandler } from 'lambda-error-map/powertools';
import plugin from 'lambda-error-map/serverless';
import { fakeLambdaContext, invokeHandler, proxyResult } from 'lambda-error-map/testing';

const catalog = defineErrorCatalog({ OrderNotFound: { status: 404, title: 'Order not found' } });
const context = fakeLambdaContext({ awsRequestId: 'r-1' });
const request = { event: {}, context, response: undefined as unknown, error: catalog.error('OrderNotFound', 'no') as unknown };
proxyErrorResponse({ catalog }).onError(request);
const middleware: { onError: (request: { event: unknown; context: unknown; response: unknown; error: unknown }) => void } =
  taggedErrorMessage({ catalog, maxMessageBytes: 4096 });
const response = errorResponseForEvent(new Error('x'), {}, context);
const status: number = response.statusCode;
const text: string = emitOpenApi(integrationResponses(catalog));
const remaining: number = context.getRemainingTimeInMillis();
const webRequest = new Request('https://api.example.com/orders/42');
const fromPowertools: Promise<Response> = problemErrorHandler({ catalog })(new Error('x'), { req: webRequest, context });
const fromHono: Response = problemOnError({ catalog })(new Error('x'), { req: { raw: webRequest } });
export { fromHono, fromPowertools, invokeHandler, middleware, plugin, proxyResult, remaining, status, text };
`;

  it.each([
    ['nodenext', { module: 'nodenext', moduleResolution: 'nodenext' }],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }],
  ])(
    'type-checks the public declarations under --strict with moduleResolution %s and skipLibCheck off',
    (_, resolution) => {
      writeFileSync(join(consumer, 'consumer.ts'), CONSUMER_SOURCE);
      writeFileSync(
        join(consumer, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            ...resolution,
            target: 'es2022',
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: [],
          },
          files: ['consumer.ts'],
        }),
      );
      const tsc = run(process.execPath, [join(typescriptDir, 'bin', 'tsc'), '-p', 'tsconfig.json'], consumer);
      expect(tsc.stdout + tsc.stderr).toBe('');
      expect(tsc.status).toBe(0);
    },
  );

  it('declares exactly the values each entry exports at run time', () => {
    const source = ENTRIES.map((entry, i) => `export * as e${i} from '${entry}';`).join('\n');
    const file = join(consumer, 'entries.ts');
    writeFileSync(file, source);
    const program = ts.createProgram([file], {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      types: [],
    });
    const checker = program.getTypeChecker();
    const declared = ENTRIES.map((entry) => {
      const resolved = ts.resolveModuleName(entry, file, program.getCompilerOptions(), ts.sys).resolvedModule;
      const sourceFile = program.getSourceFile(resolved?.resolvedFileName ?? '');
      const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
      if (!moduleSymbol) throw new Error(`no declarations for ${entry}`);
      return checker
        .getExportsOfModule(moduleSymbol)
        .filter((symbol) => {
          const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
          return (target.flags & ts.SymbolFlags.Value) !== 0;
        })
        .map((symbol) => symbol.name)
        .sort();
    });
    const runtime = node(`
      const entries = ${JSON.stringify(ENTRIES)};
      const keys = [];
      for (const entry of entries) keys.push(Object.keys(await import(entry)).sort());
      console.log(JSON.stringify(keys));
    `);
    expect(runtime.stderr).toBe('');
    expect(JSON.parse(runtime.stdout)).toEqual(declared);
  });
});

describe('without the optional peer dependencies', () => {
  it('loads every entry by import and by require(), and answers errors without @middy/core', () => {
    const result = node(`
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      for (const entry of ${JSON.stringify(ENTRIES)}) { await import(entry); require(entry); }
      const { errorResponseForEvent } = require('lambda-error-map');
      console.log(errorResponseForEvent(new Error('x'), { httpMethod: 'GET', requestContext: {} }, undefined, { logger: false }).statusCode);
    `);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('500\n');
  });

  it('writes JSON from lambda-error-map/generate, and names yaml and how to install it when YAML is asked for', () => {
    const result = node(`
      import { defaultCatalog } from 'lambda-error-map';
      import { emitCloudFormationJson, emitCloudFormationYaml, integrationResponses, MissingPeerDependencyError } from 'lambda-error-map/generate';
      const model = integrationResponses(defaultCatalog);
      JSON.parse(emitCloudFormationJson(model));
      try { emitCloudFormationYaml(model); console.log('no error'); }
      catch (error) { console.log((error instanceof MissingPeerDependencyError) + ' ' + error.name + ': ' + error.message); }
    `);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      'true MissingPeerDependencyError: the cloudformation-yaml format needs the package "yaml", an optional peer dependency of lambda-error-map that is not installed: run `npm install --save-dev yaml`\n',
    );
  });

  it('names velocityjs and how to install it when lambda-error-map/testing renders a template', () => {
    const result = node(`
      import { MissingPeerDependencyError as FromGenerate } from 'lambda-error-map/generate';
      import { MissingPeerDependencyError, renderMappingTemplate } from 'lambda-error-map/testing';
      try { renderMappingTemplate('$input.body', { body: '{}', requestId: 'r' }); console.log('no error'); }
      catch (error) { console.log(error instanceof MissingPeerDependencyError, FromGenerate === MissingPeerDependencyError, error.message); }
    `);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^true true /);
    expect(result.stdout).toContain('needs the package "velocityjs"');
    expect(result.stdout).toContain('npm install --save-dev velocityjs');
  });

  it('makes the CLI print one line and exit 2 for a YAML format', () => {
    const cli = join(consumer, 'node_modules', 'lambda-error-map', 'dist', 'cli', 'main.js');
    const result = run(process.execPath, [cli, 'generate', '--format', 'cloudformation-yaml'], consumer);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('the cloudformation-yaml format needs the package "yaml"');
    expect(result.stderr).toContain('npm install --save-dev yaml');
    expect(result.status).toBe(2);
  });

  it('makes lint name every missing peer (yaml, refa, scslre) and the one command that installs them', () => {
    writeFileSync(join(consumer, 'template.json'), '{ "Resources": {} }\n');
    const cli = join(consumer, 'node_modules', 'lambda-error-map', 'dist', 'cli', 'main.js');
    const result = run(process.execPath, [cli, 'lint', '--template', 'template.json'], consumer);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'lambda-error-map: lambda-error-map lint (reading templates, patterns as automata) needs the packages "yaml", "refa" and "scslre", optional peer dependencies of lambda-error-map that are not installed: run `npm install --save-dev yaml refa scslre` (lambda-error-map --help)\n',
    );
    expect(result.status).toBe(2);
  });
});
