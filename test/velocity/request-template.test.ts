/**
 * The CDK request template, rendered by Apache Velocity 1.7 (with Commons Lang's escapeJavaScript, as API
 * Gateway's `$util.escapeJavaScript`) and by our emulator, must give the same valid JSON event for any header,
 * query string or path value. Run with `npm run test:velocity`.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { REQUEST_TEMPLATE } from '../../src/cdk/index.js';
import { renderMappingTemplate } from '../../src/testing/index.js';
import { REQUEST_TEMPLATE_VALUES, requestHolding } from '../support/request-values.js';
import { renderWithVelocity, type VelocityResult } from './apache-velocity.js';

const CASES = Object.entries(REQUEST_TEMPLATE_VALUES).map(([label, value]) => ({
  label,
  ...requestHolding(value),
}));

describe('REQUEST_TEMPLATE under Apache Velocity 1.7', () => {
  let results: VelocityResult[];
  beforeAll(async () => {
    results = await renderWithVelocity(CASES.map(({ input }) => ({ template: REQUEST_TEMPLATE, ...input })));
  });

  it.each(CASES.map((testCase, index) => [testCase.label, index] as const))(
    'a value with %s: a JSON event holding it as sent, under Velocity and the emulator',
    (_, index) => {
      const { input, event } = CASES[index]!;
      const result = results[index]!;
      if (result.kind !== 'rendered') throw new Error(`Velocity: ${result.kind} ${result.message}`);
      expect(JSON.parse(result.output)).toEqual(event);
      // Compared parsed: Jackson (this renderer's $input.json) writes \u001B where JSON.stringify writes \u001b.
      expect(JSON.parse(renderMappingTemplate(REQUEST_TEMPLATE, input).output)).toEqual(event);
    },
  );
});
