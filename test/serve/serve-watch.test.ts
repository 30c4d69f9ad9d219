import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { serve } from '../../src/serve/server.js';

// --watch re-imports handler files through Node's own module loader (Jest's ignores a query on a file URL), so it
// runs the built command in a child process; `npm test` builds dist before Jest runs.
const main = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const describeBuilt = existsSync(main) ? describe : describe.skip;

const TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    CodeUri: code/
Resources:
  EsmFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: esm.handler
      Events:
        Get: { Type: HttpApi, Properties: { Path: /esm, Method: get } }
  CjsFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: common.handler
      Events:
        Get: { Type: HttpApi, Properties: { Path: /cjs, Method: get } }
`;

describeBuilt('lambda-error-map serve --watch', () => {
  let dir: string;
  let child: ChildProcess;
  let url: string;
  let later = Date.now() / 1000;

  /** Writes a handler file with a modification time later than any before it (file systems round mtimes). */
  function writeHandler(name: string, text: string): void {
    const file = join(dir, 'code', name);
    writeFileSync(file, text);
    later += 10;
    utimesSync(file, later, later);
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'serve-watch-'));
    mkdirSync(join(dir, 'code'));
    writeFileSync(join(dir, 'template.yaml'), TEMPLATE);
    writeHandler('esm.mjs', "export const handler = async () => 'esm one';\n");
    writeHandler('common.cjs', "exports.handler = async () => 'cjs one';\n");
    child = spawn(
      process.execPath,
      [main, 'serve', '--template', 'template.yaml', '--port', '0', '--watch'],
      {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    url = await new Promise<string>((resolve, reject) => {
      let printed = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        printed += chunk.toString('utf8');
        if (printed.includes('\n')) resolve(printed.split('\n')[0] as string);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
  });

  afterAll(() => {
    if (child.exitCode === null) child.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers with a handler changed after the server started, ES module and CommonJS alike', async () => {
    expect(await (await fetch(`${url}/esm`)).text()).toBe('esm one');
    expect(await (await fetch(`${url}/cjs`)).text()).toBe('cjs one');
    writeHandler('esm.mjs', "export const handler = async () => 'esm two';\n");
    writeHandler('common.cjs', "exports.handler = async () => 'cjs two';\n");
    expect(await (await fetch(`${url}/esm`)).text()).toBe('esm two');
    expect(await (await fetch(`${url}/cjs`)).text()).toBe('cjs two');
    expect(await (await fetch(`${url}/esm`)).text()).toBe('esm two');
  });
});

describe('serve({ watch: true }) in this process', () => {
  it('marks every route to reload and still loads each handler (ES module and CommonJS)', async () => {
    const server = await serve({
      template: fileURLToPath(new URL('./fixtures/http-api/cloudformation.json', import.meta.url)),
      port: 0,
      watch: true,
      log: () => {},
    });
    try {
      expect(
        [...server.api.routes, ...server.api.httpApiRoutes].every((route) => route.function.reloadOnChange),
      ).toBe(true);
      expect(await (await fetch(`${server.url}/results/string`)).text()).toBe('plain text');
      expect((await fetch(`${server.url}/v1/1`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
