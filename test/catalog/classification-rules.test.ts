import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { CLASSIFICATION_RULES } from '../../src/catalog/rules.js';

/** The "#" and "Thrown value" cells of the classification table in docs/catalog.md. */
function documentedRows(): [string, string][] {
  const page = readFileSync(new URL('../../docs/catalog.md', import.meta.url), 'utf8');
  const section = page.split('## Classification: what becomes which status')[1]?.split('\n### ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => /^\|\s*\d+\s*\|/.test(line))
    .map((line) => {
      const [number = '', thrownValue = ''] = line.split('|').slice(1, 3);
      return [number.trim(), thrownValue.trim()];
    });
}

describe('the classification table and the rule list', () => {
  it('list the same rules, in the same order, under the same names', () => {
    const rows = documentedRows();
    expect(rows.length).toBeGreaterThan(10);
    expect(rows).toEqual(CLASSIFICATION_RULES.map((rule, index) => [String(index + 1), rule.name]));
  });
});
