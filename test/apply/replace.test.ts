import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { applyToTemplateText } from '../../src/apply/apply-template.js';
import { formatRoutingChange, routingChanges } from '../../src/apply/routing-report.js';
import { parseTemplate, plainValue } from '../../src/existing-api/read-template.js';
import { guardSuccessTemplate } from '../../src/generate/templates.js';
import { defaultCatalog } from '../../src/index.js';
import { lintMethods } from '../../src/lint/lint.js';
import { readLintInput } from '../../src/lint/load-input.js';
import { type CliRun, runCliIn, stderrWithoutSizeWarnings } from '../support/run-cli.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lem-replace-'));
});

function cli(...argv: string[]): Promise<CliRun> {
  return runCliIn(dir, ...argv);
}

function copyFixture(name: string): string {
  copyFileSync(new URL(name, FIXTURES), join(dir, name));
  return read(name);
}

function read(name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

/** The report's line for one message: `  <before> → <after>  <why>: "<message>"`. */
function reportLine(stdout: string, why: string): string | undefined {
  return stdout.split('\n').find((line) => line.includes(` ${why}: `));
}

function statusesOf(line: string | undefined): string {
  return (line ?? '').split(/ {2,}/)[1] ?? '';
}

describe('apply without --replace on hand-written selection patterns', () => {
  it('refuses in one line naming --replace, without advising to add a kind the catalog has', async () => {
    const before = copyFixture('legacy-patterns.yaml');
    const result = await cli('apply', '--template', 'legacy-patterns.yaml');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(
      'resource GetOrder (AWS::ApiGateway::Method): integration response 400 has selection pattern ".*Bad Request.*"',
    );
    expect(result.stderr).toContain('the catalog routes errors tagged [400] (kind BadRequest) to 400');
    expect(result.stderr).toContain('rerun with --replace');
    // The built-in catalog has a kind for each of these statuses: adding one would change nothing.
    expect(result.stderr).not.toContain('add a kind');
    expect(read('legacy-patterns.yaml')).toBe(before);
  });

  it('names the kind of a catalog of its own that has the status', async () => {
    copyFixture('legacy-patterns.json');
    writeFileSync(join(dir, 'catalog.json'), JSON.stringify({ OrderNotFound: { status: 404 } }));
    const result = await cli('apply', '--template', 'legacy-patterns.json', '--catalog', 'catalog.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('integration response 404 has selection pattern ".*Not Found.*"');
    expect(result.stderr).toContain('--replace');
    expect(result.stderr).not.toContain('add a kind');
  });

  it('says that a status the catalog lacks would change, and how to keep it', () => {
    const text = readFileSync(new URL('legacy-patterns.json', FIXTURES), 'utf8').replace(
      '"StatusCode": "404", "SelectionPattern"',
      '"StatusCode": "418", "SelectionPattern"',
    );
    expect(() => applyToTemplateText(text, 't.json', defaultCatalog)).toThrow(
      't.json: resource DeleteOrder (AWS::ApiGateway::Method): integration response 418 has selection pattern ".*Not Found.*", which would overlap the patterns generated from the error catalog (they already route every error message); the catalog has no kind with status 418, so what this pattern routes would get another status: add one to the catalog first if 418 must stay, then rerun with --replace',
    );
  });
});

describe.each([
  ['CloudFormation YAML', 'legacy-patterns.yaml', 'GET /orders', '200'],
  ['SAM with an OpenAPI body', 'legacy-patterns-sam.yaml', 'POST /orders', '201'],
  ['CloudFormation JSON', 'legacy-patterns.json', 'DELETE /', '204'],
])('apply --replace on %s', (_kind, name, method, success) => {
  it('replaces the hand-written error responses and prints the routing before → after', async () => {
    copyFixture(name);
    const result = await cli('apply', '--template', name, '--replace');
    expect(stderrWithoutSizeWarnings(result.stderr)).toBe('');
    expect(result.code).toBe(0);
    const [summary, heading] = result.stdout.split('\n');
    expect(summary).toMatch(`filled 1 non-proxy Lambda method of ${name}`);
    expect(heading).toMatch(new RegExp(`^lambda-error-map: replaced .* of ${method} \\(`));
    // Untagged errors reached the success response before: the catch-all now answers them.
    expect(statusesOf(reportLine(result.stdout, 'matched by no old pattern'))).toBe(`${success} → 500`);
    expect(statusesOf(reportLine(result.stdout, 'tagged [504] (GatewayTimeout)'))).toMatch(/ → 504$/);
    expect(statusesOf(reportLine(result.stdout, 'timeout'))).toMatch(/ → 504$/);
    expect(statusesOf(reportLine(result.stdout, 'timeout (with request id)'))).toMatch(/ → 504$/);
    expect(reportLine(result.stdout, 'crash (with request id)')).toContain('RequestId: ');
    expect(reportLine(result.stdout, 'crash (with request id)')).toContain('signal: killed');
    expect(statusesOf(reportLine(result.stdout, 'crash (with request id)'))).toMatch(/ → 500$/);
    for (const status of defaultCatalog.statuses) {
      expect(
        statusesOf(
          reportLine(result.stdout, `tagged [${status}] (${defaultCatalog.kindForStatus(status)?.kind})`),
        ),
      ).toMatch(new RegExp(` → ${status}$`));
    }
    // Overlapping old patterns show both statuses.
    expect(result.stdout).toMatch(
      /\n {2}\d{3} or \d{3} → 500 +matches the old patterns of \d{3} and \d{3}: /,
    );

    const after = readLintInput(read(name), name);
    const findings = lintMethods(after.methods).findings.map((finding) => finding.code);
    expect(findings.filter((code) => code === 'overlap' || code === 'unmatched')).toEqual([]);
    const responses = after.methods[0]?.integration.integrationResponses ?? [];
    // The success response comes first, as written.
    expect(responses[0]).toMatchObject({ statusCode: success, selectionPattern: undefined });
    expect(responses.map((response) => response.statusCode).sort()).toEqual(
      [success, ...defaultCatalog.statuses.map(String)].sort(),
    );
  });

  it('is a no-op when applied again, without --replace', async () => {
    copyFixture(name);
    expect((await cli('apply', '--template', name, '--replace')).code).toBe(0);
    const once = read(name);
    const again = await cli('apply', '--template', name);
    expect(again.code).toBe(0);
    expect(stderrWithoutSizeWarnings(again.stderr)).toBe('');
    expect(again.stdout).not.toContain('replaced');
    expect(read(name)).toBe(once);
  });
});

describe('apply --replace keeps what is not an error response', () => {
  it('keeps the success template, the request templates and the method responses declared', async () => {
    copyFixture('legacy-patterns.yaml');
    expect((await cli('apply', '--template', 'legacy-patterns.yaml', '--replace')).code).toBe(0);
    const text = read('legacy-patterns.yaml');
    const method = plainValue(
      parseTemplate(text, 'legacy-patterns.yaml').document.getIn(
        ['Resources', 'GetOrder', 'Properties'],
        true,
      ),
    ) as {
      Integration: { RequestTemplates: unknown; IntegrationResponses: unknown[] };
      MethodResponses: { StatusCode: string }[];
    };
    expect(method.Integration.RequestTemplates).toEqual({
      'application/json': `{"id": "$input.params('id')"}`,
    });
    expect(method.Integration.IntegrationResponses[0]).toEqual({
      StatusCode: '200',
      // Kept, wrapped in the Lambda error guard as every success template is (the plugin does the same).
      ResponseTemplates: { 'application/json': guardSuccessTemplate("$input.json('$.order')") },
    });
    // The method responses written by hand stay, 418 (which nothing produces any more) and the models included.
    expect(method.MethodResponses.slice(0, 5)).toEqual([
      { StatusCode: '200', ResponseModels: { 'application/json': 'Empty' } },
      expect.objectContaining({ StatusCode: '400' }),
      expect.objectContaining({ StatusCode: '404' }),
      expect.objectContaining({ StatusCode: '500' }),
      { StatusCode: '418' },
    ]);
    // The old 404 template, which echoed errorMessage, is gone with its pattern.
    expect(text).not.toContain('.*Not Found.*');
    expect(text).not.toContain("$.errorMessage''");
  });

  it('with the API option replace: true lists each method and the responses it replaced', () => {
    const text = readFileSync(new URL('legacy-patterns.json', FIXTURES), 'utf8');
    const result = applyToTemplateText(text, 't.json', defaultCatalog, { replace: true });
    expect(result.replaced).toEqual([
      {
        where: 'resource DeleteOrder (AWS::ApiGateway::Method)',
        responses: [
          expect.objectContaining({ statusCode: '404', selectionPattern: '.*Not Found.*' }),
          expect.objectContaining({ statusCode: '502', selectionPattern: '(\n|.)*Error(\n|.)*' }),
          expect.objectContaining({ statusCode: '504', selectionPattern: '.*Task timed out.*' }),
        ],
      },
    ]);
    expect(applyToTemplateText(result.text, 't.json', defaultCatalog).replaced).toEqual([]);
  });

  it('still refuses two default responses, naming both', () => {
    const text = readFileSync(new URL('legacy-patterns.json', FIXTURES), 'utf8').replace(
      '{ "StatusCode": "404", "SelectionPattern": ".*Not Found.*" }',
      '{ "StatusCode": "202" }',
    );
    expect(() => applyToTemplateText(text, 't.json', defaultCatalog, { replace: true })).toThrow(
      'integration responses 204 and 202 both have no selection pattern',
    );
  });
});

describe('the routing report of apply --replace', () => {
  it('names no message for an old pattern that selects only the empty message, and reads a lookbehind by sampling', () => {
    const text = readFileSync(new URL('legacy-patterns.json', FIXTURES), 'utf8')
      .replace('.*Not Found.*', 'x{0}')
      .replace('.*Task timed out.*', '.*(?<=timed )out.*');
    const result = applyToTemplateText(text, 't.json', defaultCatalog, { replace: true });
    const changes = routingChanges(text, result.text, 't.json', defaultCatalog, result.replaced);
    expect(changes).toHaveLength(1);
    const [heading, ...lines] = formatRoutingChange(changes[0] as (typeof changes)[number]);
    expect(heading).toBe(
      'replaced "x{0}" (404), "(\\n|.)*Error(\\n|.)*" (502), ".*(?<=timed )out.*" (504) of DELETE / ' +
        "(resource DeleteOrder (AWS::ApiGateway::Method)) by the catalog's responses; what a client gets, before → after:",
    );
    // "x{0}" selects only the empty errorMessage, which is a success: no message is shown for it.
    expect(lines.filter((line) => line.includes('old pattern of 404'))).toEqual([]);
    expect(lines).toContain('  502 → 500          matches the old pattern of 502: "Error"');
    // The lookbehind, outside what the automata represent, is shown with the runtime's message it selects.
    expect(lines).toContain(
      '  504 → 504          matches the old pattern of 504: "Task timed out after 3.00 seconds"',
    );
    expect(lines).toContain(
      '  204 → 404          tagged [404] (NotFound): "[404] {\\"type\\":\\"about:blank\\",\\"title…"status\\":404,\\"detail\\":\\"Not Found\\"}"',
    );
  });
});
