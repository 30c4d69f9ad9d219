/**
 * explain without Java: the partition's routing, the raw error passing through, no default, missing method
 * responses. What Java's Pattern.matches chooses is compared in explain.java.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import { explainMessage } from '../../src/lint/explain.js';
import type { LintMethod } from '../../src/lint/lint-types.js';
import { CRASH, generated, MESSAGES, methodOf, serverlessDefaults, TAGGED } from './support.js';

describe('explain', () => {
  it('routes the three cases of our generated responses as the partition says', () => {
    const statuses = MESSAGES.map(
      (message) => explainMessage([generated], message)[0]?.responses[0]?.client.statusCode,
    );
    expect(statuses).toEqual([404, 504, 500, 504]);
    const [tagged] = explainMessage([generated], TAGGED);
    expect(JSON.parse(tagged?.responses[0]?.client.body as string)).toMatchObject({
      status: 404,
      detail: 'Order 42 does not exist',
    });
  });

  it('shows the crash passing through the Serverless defaults as a 200 carrying the raw error', () => {
    const [crash] = explainMessage([serverlessDefaults], CRASH);
    expect(crash?.selection).toBe('default');
    expect(crash?.responses[0]?.client.statusCode).toBe(200);
    expect(JSON.parse(crash?.responses[0]?.client.body as string)).toMatchObject({ errorMessage: CRASH });
  });

  it('answers 500 when nothing matches and there is no default, and names patterns it cannot evaluate', () => {
    const method = methodOf([
      ['404', '\\[404\\][\\s\\S]*'],
      ['409', '(?i)conflict'],
    ]);
    const [explanation] = explainMessage([method], 'boom');
    expect(explanation).toMatchObject({
      selection: 'none',
      responses: [
        { statusCode: undefined, client: { statusCode: 500, body: '{"message": "Internal server error"}' } },
      ],
      unevaluated: [{ pattern: '(?i)conflict', problem: expect.stringContaining('inline flags') }],
    });
  });

  it('reports what API Gateway logs when a status has no method response', () => {
    const method = methodOf([
      ['200', undefined],
      ['404', '\\[404\\][\\s\\S]*'],
    ]);
    const broken: LintMethod = { ...method, integration: { ...method.integration, methodResponses: [] } };
    const [explanation] = explainMessage([broken], '[404] x');
    expect(explanation?.responses[0]).toMatchObject({
      statusCode: '404',
      client: { statusCode: 500 },
      log: [expect.stringContaining('Output mapping refers to an invalid method response: 404')],
    });
  });

  // Full-matching these in JavaScript backtracks polynomially: 100 characters take seconds, 800 never end.
  const LONG = 'a'.repeat(800);

  it('decides a polynomially backtracking pattern on a long message with its automaton', () => {
    const method = methodOf([
      ['200', undefined],
      ['400', 'a*a*a*a*a*b'],
    ]);
    const [miss] = explainMessage([method], LONG);
    expect(miss).toMatchObject({ selection: 'default', responses: [{ statusCode: '200' }], unevaluated: [] });
    const [hit] = explainMessage([method], `${LONG}b`);
    expect(hit).toMatchObject({ selection: 'pattern', responses: [{ statusCode: '400' }] });
  });

  it('says it could not decide a backtracking pattern the automata cannot represent, instead of hanging', () => {
    const method = methodOf([
      ['200', undefined],
      ['400', 'a*(?<=a)a*a*a*b'],
    ]);
    const [explanation] = explainMessage([method], LONG);
    expect(explanation).toMatchObject({
      selection: 'default',
      unevaluated: [{ pattern: 'a*(?<=a)a*a*a*b', problem: expect.stringMatching(/^could not decide: /) }],
    });
  });

  it('bounds its matching and renders declared headers only, on one method', () => {
    const base = methodOf([
      ['200', undefined],
      ['400', 'a*(?<=a)a*a*a*b'],
      ['404', 'a*a*a*a*a*c'],
    ]);
    const [, , notFound] = base.integration.integrationResponses;
    const withHeader = {
      ...(notFound as NonNullable<typeof notFound>),
      responseParameters: { 'method.response.header.Retry-After': "'5'" },
    };
    const method: LintMethod = {
      ...base,
      integration: {
        ...base.integration,
        integrationResponses: base.integration.integrationResponses.map((response) =>
          response === notFound ? withHeader : response,
        ),
      },
    };
    const [explanation] = explainMessage([method], `${LONG}c`);
    expect(explanation).toMatchObject({
      selection: 'pattern',
      responses: [{ statusCode: '404', client: { statusCode: 404 } }],
      unevaluated: [{ pattern: 'a*(?<=a)a*a*a*b', problem: expect.stringMatching(/^could not decide: /) }],
      findings: [expect.objectContaining({ code: 'invalid-configuration', statuses: ['404'] })],
    });
    expect(explanation?.responses[0]?.client.headers).not.toHaveProperty('Retry-After');
  });
});
