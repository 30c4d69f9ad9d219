import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { emit, gatewayResponses, integrationResponses } from '../../src/generate/index.js';
import { defaultCatalog, defineErrorCatalog } from '../../src/index.js';

/** What `generate` writes by default: the integration responses and the Gateway Responses. */
const GENERATED_BY_DEFAULT = {
  ...integrationResponses(defaultCatalog),
  gatewayResponses: gatewayResponses(defaultCatalog),
};

// `npm test` builds dist before Jest runs; a bare `jest` run without a build has no CLI to spawn.
const main = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const builtIndex = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
const describeBuilt = existsSync(main) ? describe : describe.skip;

function spawnCli(...args: string[]) {
  return spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });
}

describeBuilt('the built lambda-error-map command', () => {
  it('starts with a node shebang', () => {
    const [firstLine] = readFileSync(main, 'utf8').split('\n');
    expect(firstLine).toBe('#!/usr/bin/env node');
  });

  it('generate --format cloudformation prints the template and exits 0', () => {
    const result = spawnCli('generate', '--format', 'cloudformation');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(emit('cloudformation', GENERATED_BY_DEFAULT));
  });

  it('writes a long lint report whole through a slow pipe although it exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lem-main-pipe-'));
    try {
      const functions = Array.from({ length: 150 }, (_, index) =>
        [
          `  get${index}:`,
          `    handler: handler.get${index}`,
          '    events:',
          `      - http: { path: items${index}, method: get, integration: lambda }`,
        ].join('\n'),
      );
      const file = join(dir, 'serverless.yml');
      writeFileSync(file, `service: s\nprovider: { name: aws }\nfunctions:\n${functions.join('\n')}\n`);
      // The reader starts after the command's one-second exit timer has run out: the output must be flushed first.
      const piped = spawnSync(
        'sh',
        ['-c', `"${process.execPath}" "${main}" lint -t "${file}" -f json | (sleep 5; cat)`],
        { encoding: 'utf8', maxBuffer: 1 << 30 },
      );
      expect(JSON.parse(piped.stdout).methods).toHaveLength(150);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 with one line on stderr for an unknown format', () => {
    const result = spawnCli('generate', '--format', 'pulumi');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^lambda-error-map: unknown format "pulumi"[^\n]*\n$/);
  });
});

describeBuilt(
  'the built command and a catalog module that misbehaves while loading (issue 9 item 13)',
  () => {
    let moduleDir = '';
    beforeAll(() => {
      moduleDir = mkdtempSync(join(tmpdir(), 'lambda-error-map-main-'));
      const catalogLine = `import { defineErrorCatalog } from ${JSON.stringify(pathToFileURL(builtIndex).href)};\nexport const catalog = defineErrorCatalog({ Teapot: { status: 418 } });\n`;
      const modules: Record<string, string> = {
        'prints.mjs': `console.log('[dotenv@16.4.5] injecting env (3) from .env');\nprocess.stdout.write('more noise\\n');\n${catalogLine}`,
        'exits.mjs': `${catalogLine}process.exit(0);\n`,
        'exits-later.mjs': `${catalogLine}await new Promise((resolve) => setTimeout(resolve, 10));\nprocess.exit(3);\n`,
        'never-settles.mjs': `${catalogLine}await new Promise(() => {});\n`,
        'never-settles-busy.mjs': `${catalogLine}setInterval(() => {}, 1000);\nawait new Promise(() => {});\n`,
      };
      for (const [name, text] of Object.entries(modules)) writeFileSync(join(moduleDir, name), text);
    });
    afterAll(() => rmSync(moduleDir, { recursive: true, force: true }));

    const run = (file: string, env: Record<string, string> = {}) =>
      spawnSync(
        process.execPath,
        [main, 'generate', '--format', 'cloudformation', '--catalog', join(moduleDir, file)],
        {
          encoding: 'utf8',
          env: { ...process.env, ...env },
          timeout: 60_000,
        },
      );

    it('keeps what the module prints off standard output: stdout is exactly the generated template', async () => {
      const result = run('prints.mjs');
      const { defineErrorCatalog } = (await import(
        pathToFileURL(builtIndex).href
      )) as typeof import('../../src/index.js');
      expect(result.status).toBe(0);
      const catalog = defineErrorCatalog({ Teapot: { status: 418 } });
      expect(result.stdout).toBe(
        emit('cloudformation', {
          ...integrationResponses(catalog),
          gatewayResponses: gatewayResponses(catalog),
        }),
      );
      expect(result.stderr).toContain('injecting env');
    });

    it.each([
      ['exits.mjs', /called process\.exit\(0\) while loading/],
      ['exits-later.mjs', /called process\.exit\(3\) while loading/],
      ['never-settles.mjs', /never finished loading: a top-level await never settles/],
    ])('%s: exit 2, one line on stderr, nothing on stdout', (file, message) => {
      const result = run(file);
      expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 2, stdout: '' });
      expect(result.stderr).toMatch(/^lambda-error-map: [^\n]+\n$/);
      expect(result.stderr).toMatch(message);
    });

    it('a top-level await that never settles while a timer runs: exit 2 after the time limit, one line', () => {
      const result = run('never-settles-busy.mjs', { LAMBDA_ERROR_MAP_CATALOG_TIMEOUT_MS: '300' });
      expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 2, stdout: '' });
      expect(result.stderr).toMatch(
        /^lambda-error-map: catalog module .* did not finish loading within 0\.3 s[^\n]*\n$/,
      );
    });
  },
);

describeBuilt('the built command and a TypeScript catalog (issue 24 item 6)', () => {
  let moduleDir = '';
  // Node 22.18+ and 23.6+ strip types by default; turned off, every Node fails to import .ts as Node 20 does.
  const typeStripping = (process.features as { typescript?: unknown }).typescript
    ? ['--no-experimental-strip-types']
    : [];
  beforeAll(() => {
    moduleDir = mkdtempSync(join(tmpdir(), 'lambda-error-map-ts-'));
    writeFileSync(
      join(moduleDir, 'catalog.ts'),
      `import { defineErrorCatalog } from ${JSON.stringify(pathToFileURL(builtIndex).href)};\nconst status: number = 418;\nexport const catalog = defineErrorCatalog({ Teapot: { status } });\n`,
    );
  });
  afterAll(() => rmSync(moduleDir, { recursive: true, force: true }));

  const generate = (nodeOptions: readonly string[], env: Record<string, string> = {}) =>
    spawnSync(
      process.execPath,
      [...nodeOptions, main, 'generate', '--format', 'cdk-json', '--catalog', 'catalog.ts'],
      { encoding: 'utf8', cwd: moduleDir, env: { ...process.env, ...env }, timeout: 60_000 },
    );

  it('that Node cannot import: exit 2, one line saying to compile it or run under a TypeScript loader', () => {
    const result = generate(typeStripping);
    expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 2, stdout: '' });
    expect(result.stderr).toBe(
      `lambda-error-map: cannot load catalog module ${join(moduleDir, 'catalog.ts')}: Node ${process.version} cannot import TypeScript: compile the catalog and pass the .js file, or run under a TypeScript loader, e.g. NODE_OPTIONS=--import=tsx (lambda-error-map --help)\n`,
    );
  });

  it("named by a serverless.yml that loads the plugin: lint exits 2 with the loader's one line", () => {
    writeFileSync(
      join(moduleDir, 'serverless.yml'),
      'service: s\nprovider: { name: aws }\nplugins: [lambda-error-map/serverless]\ncustom: { lambdaErrorMap: { catalog: ./catalog.ts } }\nfunctions: { f: { handler: h.f, events: [{ http: { path: a, method: get, integration: lambda } }] } }\n',
    );
    const result = spawnSync(
      process.execPath,
      [...typeStripping, main, 'lint', '--template', 'serverless.yml'],
      {
        encoding: 'utf8',
        cwd: moduleDir,
        timeout: 60_000,
      },
    );
    expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 2, stdout: '' });
    expect(result.stderr).toBe(
      `lambda-error-map: serverless.yml: custom.lambdaErrorMap.catalog: cannot load catalog module ${join(moduleDir, 'catalog.ts')}: Node ${process.version} cannot import TypeScript: compile the catalog and pass the .js file, or run under a TypeScript loader, e.g. NODE_OPTIONS=--import=tsx; point custom.lambdaErrorMap.catalog at a JavaScript module (compile TypeScript first) that exports the catalog made with defineErrorCatalog, or at a JSON file of kind definitions\n`,
    );
  });

  it('loads under the loader the hint names', () => {
    // The catalog's folder has no node_modules: the loader is named by its path, as `--import=tsx` resolves it.
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const result = generate([], { NODE_OPTIONS: `--import=${tsx}` });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const statuses = JSON.parse(result.stdout).methodResponses.map(
      (response: { statusCode: string }) => response.statusCode,
    );
    expect(statuses).toContain('418');
  });
});

describeBuilt(
  'the built command and a catalog module whose kinds claim third-party errors (issue 20 item 4)',
  () => {
    // Inside the package, so that the module's `import 'zod'` resolves from its node_modules.
    const repoTmp = fileURLToPath(new URL('../../tmp/', import.meta.url));
    let moduleDir = '';
    beforeAll(() => {
      mkdirSync(repoTmp, { recursive: true });
      moduleDir = mkdtempSync(join(repoTmp, 'claims-catalog-'));
      writeFileSync(
        join(moduleDir, 'catalog.mjs'),
        `import { z } from 'zod';\nimport { claim, defineErrorCatalog } from ${JSON.stringify(pathToFileURL(builtIndex).href)};\nexport const catalog = defineErrorCatalog({ InvalidOrder: { status: 422, claims: claim({ instanceOf: z.ZodError, when: (error) => error.issues.length > 0, issues: (error) => error.issues }) } });\n`,
      );
    });
    afterAll(() => rmSync(moduleDir, { recursive: true, force: true }));

    it('generates the kind like any other: the claim changes no status', () => {
      const result = spawnCli(
        'generate',
        '--format',
        'cloudformation',
        '--catalog',
        join(moduleDir, 'catalog.mjs'),
      );
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const expected = defineErrorCatalog({ InvalidOrder: { status: 422 } });
      expect(result.stdout).toBe(
        emit('cloudformation', {
          ...integrationResponses(expected),
          gatewayResponses: gatewayResponses(expected),
        }),
      );
    });
  },
);
