import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { applyToTemplateText } from '../../src/apply/apply-template.js';
import { defaultCatalog } from '../../src/index.js';
import {
  findLambdaMethods,
  integrationResponsesOf,
  methodResponsesOf,
} from '../../src/templates/find-apis.js';
import { parseTemplate } from '../../src/templates/read-template.js';
import { CLEAN_PARTITION, partitionCounts } from './partition-check.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);

describe.each(['legacy-patterns.yaml', 'legacy-patterns-sam.yaml', 'legacy-patterns.json'])(
  'apply --replace on %s',
  (name) => {
    it('leaves a method whose patterns partition every message under Java', async () => {
      const text = readFileSync(new URL(name, FIXTURES), 'utf8');
      const result = applyToTemplateText(text, name, defaultCatalog, { replace: true });
      expect(result.replaced).toHaveLength(1);
      const methods = findLambdaMethods(parseTemplate(result.text, name)).filter((method) => !method.proxy);
      expect(methods).toHaveLength(1);
      for (const method of methods) {
        const counts = await partitionCounts(
          integrationResponsesOf(method),
          methodResponsesOf(method),
          defaultCatalog.statuses,
        );
        expect({ where: method.where, ...counts }).toEqual({
          where: method.where,
          corpusSize: counts.corpusSize,
          ...CLEAN_PARTITION,
        });
      }
    });
  },
);
