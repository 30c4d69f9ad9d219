import { describe, it } from '@jest/globals';
import { applyToTemplateText } from '../../src/apply/apply-template.js';
import { defaultCatalog } from '../../src/index.js';
import { expectEveryNonProxyMethodPartitioned } from './partition-check.js';
import { SURGICAL_CASES } from './surgical-cases.js';

const FILLED = SURGICAL_CASES.filter((shape) => shape.filled > 0 && shape.text.includes('\r\n'));

describe('apply on templates it edits surgically', () => {
  it.each(FILLED)(
    'every method it fills in $name partitions every message under Java',
    async (shape) => {
      const { text } = applyToTemplateText(shape.text, shape.file, defaultCatalog);
      await expectEveryNonProxyMethodPartitioned(text, shape.file, shape.filled);
    },
    120_000,
  );
});
