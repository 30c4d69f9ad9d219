import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { applyToTemplateText } from '../../src/apply/apply-template.js';
import { defaultCatalog } from '../../src/index.js';
import { expectEveryNonProxyMethodPartitioned } from './partition-check.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);

describe.each(['legacy-patterns.yaml', 'legacy-patterns-sam.yaml', 'legacy-patterns.json'])(
  'apply --replace on %s',
  (name) => {
    it('leaves a method whose patterns partition every message under Java', async () => {
      const text = readFileSync(new URL(name, FIXTURES), 'utf8');
      const result = applyToTemplateText(text, name, defaultCatalog, { replace: true });
      expect(result.replaced).toHaveLength(1);
      await expectEveryNonProxyMethodPartitioned(result.text, name, 1);
    });
  },
);
