import { describe, expect, it } from '@jest/globals';
import { applyToTemplateText } from '../../src/apply/apply-template.js';
import { defaultCatalog } from '../../src/index.js';
import { integrationResponsesOf, methodResponsesOf, readMethods } from '../../src/templates/find-apis.js';
import { parseTemplate } from '../../src/templates/read-template.js';
import { CLEAN_PARTITION, partitionCounts } from './partition-check.js';
import { SURGICAL_CASES } from './surgical-cases.js';

const FILLED = SURGICAL_CASES.filter((shape) => shape.filled > 0 && shape.text.includes('\r\n'));

describe('apply on templates it edits surgically', () => {
  it.each(FILLED)(
    'every method it fills in $name partitions every message under Java',
    async (shape) => {
      const { text } = applyToTemplateText(shape.text, shape.file, defaultCatalog);
      const methods = readMethods(parseTemplate(text, shape.file)).methods.filter((method) => !method.proxy);
      expect(methods).toHaveLength(shape.filled);
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
    },
    120_000,
  );
});
