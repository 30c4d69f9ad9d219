/**
 * The CDK request template, rendered by Apache Velocity 1.7 (with Commons Lang's escapeJavaScript, as API
 * Gateway's `$util.escapeJavaScript`) and by our emulator, must give the same valid JSON event for any header,
 * query string or path value. Run with `npm run test:velocity`.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { REQUEST_TEMPLATE } from '../../src/cdk/index.js';
import { renderMappingTemplate } from '../../src/testing/index.js';
import { REQUEST_TEMPLATE_VALUES } from '../support/request-values.js';
import { renderWithVelocity, type VelocityResult } from './apache-velocity.js';

const CONTEXT = { httpMethod: 'PUT', resourcePath: '/orders/{id}', stage: 'prod' };
const CASES = Object.entries(REQUEST_TEMPLATE_VALUES).map(([label, value]) => ({
  label,
  value,
  body: JSON.stringify({ note: value }),
  params: {
    path: { id: value },
    querystring: { q: value, [`key ${value}`]: 'x' },
    header: { 'X-Name': value },
  },
}));

describe('REQUEST_TEMPLATE under Apache Velocity 1.7', () => {
  let results: VelocityResult[];
  beforeAll(async () => {
    results = await renderWithVelocity(
      CASES.map(({ body, params }) => ({
        template: REQUEST_TEMPLATE,
        body,
        requestId: 'r-1',
        context: CONTEXT,
        params,
      })),
    );
  });

  it.each(CASES.map((testCase, index) => [testCase.label, index] as const))(
    'a value with %s: a JSON event holding it as sent, under Velocity and the emulator',
    (_, index) => {
      const { value, body, params } = CASES[index]!;
      const result = results[index]!;
      if (result.kind !== 'rendered') throw new Error(`Velocity: ${result.kind} ${result.message}`);
      const expected = {
        body: { note: value },
        method: 'PUT',
        resourcePath: '/orders/{id}',
        path: params.path,
        query: params.querystring,
        headers: params.header,
        requestId: 'r-1',
        stage: 'prod',
      };
      expect(JSON.parse(result.output)).toEqual(expected);
      // Compared parsed: Jackson (this renderer's $input.json) writes \u001B where JSON.stringify writes \u001b.
      const emulated = renderMappingTemplate(REQUEST_TEMPLATE, {
        body,
        requestId: 'r-1',
        context: CONTEXT,
        params,
      });
      expect(JSON.parse(emulated.output)).toEqual(expected);
    },
  );
});
