import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runCliIn, stderrWithoutSizeWarnings } from '../support/run-cli.js';
import { linesChangedOutside, linesOf, removedLines, SURGICAL_CASES } from './surgical-cases.js';

async function applyInPlace(dir: string, file: string): Promise<{ stdout: string; text: string }> {
  const run = await runCliIn(dir, 'apply', '--template', file);
  expect(stderrWithoutSizeWarnings(run.stderr)).toBe('');
  expect(run.code).toBe(0);
  return { stdout: run.stdout, text: readFileSync(join(dir, file), 'utf8') };
}

describe('apply edits only what it fills and adds', () => {
  describe.each(SURGICAL_CASES)('$name', (shape) => {
    it('keeps every other line byte for byte, writes what it adds in the file style, and is idempotent', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lem-surgical-'));
      writeFileSync(join(dir, shape.file), shape.text);
      const once = await applyInPlace(dir, shape.file);
      expect(once.stdout).toContain(
        `filled ${shape.filled} non-proxy Lambda method${shape.filled === 1 ? '' : 's'} of ${shape.file}; added the Gateway Responses to 1 REST API\n`,
      );
      expect(once.stdout.match(/left alone: /g) ?? []).toHaveLength(shape.leftAlone);

      expect(linesChangedOutside(shape.text, once.text, shape.file)).toEqual([]);
      const crlf = shape.text.includes('\r\n');
      const lines = linesOf(once.text).map((line) => line.replace(/\r$/, ''));
      for (const added of shape.addedLines) expect(lines).toContain(added);
      expect(/(?<!\r)\n/.test(once.text)).toBe(!crlf);
      expect(once.text.includes('\r\n')).toBe(crlf);

      const again = await applyInPlace(dir, shape.file);
      expect(again.text).toBe(once.text);
    });
  });

  it('its templates have the shapes it is about (no formatter normalised them)', () => {
    const yaml = SURGICAL_CASES.find((shape) => shape.file === 'orders-4-space.yaml')!.text;
    for (const shape of [
      '\n    Stage:   \n', // trailing spaces, 4-space indentation
      '        AllowedValues: [dev, prod]\n', // a flow sequence
      '            RestApiId: {"Ref": Api}\n', // a flow map
      '                Uri:\n                    !Join\n', // a tag on its own line
      'a description\n    that runs over two lines', // a multi-line double-quoted string
      '\n# column-0 comment inside a proxy method\n',
      'integration.request.header.X-Amz-Invocation-Type: "\'Event\'"', // an async method
      '            Integration: !If\n',
    ]) {
      expect(yaml).toContain(shape);
    }
  });

  it('the line diff finds a changed line, a changed line ending and a removed line', () => {
    expect(removedLines(['a', 'b', 'c'], ['a', 'b', 'c', 'd'])).toEqual([]);
    expect(removedLines(['a', 'b', 'c'], ['a', 'B', 'c'])).toEqual([1]);
    expect(removedLines(['a\r', 'b\r', ''], ['a\r', 'b', ''])).toEqual([1]);
    expect(removedLines(['a', 'b', 'c'], ['a', 'c'])).toEqual([1]);
  });

  it('names a line rewritten outside the filled methods', () => {
    const shape = SURGICAL_CASES[0]!;
    const reindented = shape.text.replace('            Name:\n', '          Name:\n');
    expect(linesChangedOutside(shape.text, reindented, shape.file)).toEqual([
      expect.stringMatching(/^\d+: " {12}Name:"$/),
    ]);
  });
});
