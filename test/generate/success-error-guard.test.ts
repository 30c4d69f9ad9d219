/**
 * An unwrapped handler that throws an error with an empty message gives an empty errorMessage, which no selection
 * pattern may match (a success has it too): API Gateway then applies the default (success) response to the
 * runtime's error document. The generated success template recognises that document and answers as the catch-all.
 */
import { describe, expect, it } from '@jest/globals';
import { guardSuccessTemplate, integrationResponses } from '../../src/generate/index.js';
import { defaultCatalog } from '../../src/index.js';
import { invokeNonProxy, lambdaErrorPayload, respondNonProxy } from '../../src/testing/index.js';

const REQUEST_ID = 'req-guard-1';

const FIXED_500 = {
  type: 'about:blank',
  title: 'Internal Server Error',
  status: 500,
  detail: 'The server could not complete the request.',
  requestId: REQUEST_ID,
};

function errorWithEmptyMessage(): Error {
  const error = new Error('');
  error.stack = 'Error\n    at secretHandler (/var/task/db-password-hunter2.js:12:3)';
  return error;
}

describe('the generated success template and a Lambda error that reaches it', () => {
  const integration = integrationResponses(defaultCatalog);

  it.each([
    ['an Error with an empty message (classic runtime)', lambdaErrorPayload(errorWithEmptyMessage())],
    ['an Error with an empty message (v4 runtime)', lambdaErrorPayload(errorWithEmptyMessage(), 'v4')],
    ['a thrown empty string', lambdaErrorPayload('')],
    [
      'a TypeError with an empty message',
      lambdaErrorPayload(Object.assign(new TypeError(''), { stack: 'x' })),
    ],
  ])('answers %s like the catch-all: status 500, a fixed problem body, no trace', (_label, payload) => {
    expect(payload.errorMessage).toBe('');
    const response = respondNonProxy({
      outcome: { kind: 'error', payload },
      integration,
      requestId: REQUEST_ID,
    });
    expect(response.statusCode).toBe(500);
    expect(response.headers['Content-Type']).toBe('application/problem+json');
    expect(JSON.parse(response.body)).toEqual(FIXED_500);
    expect(response.body).not.toMatch(/hunter2|secretHandler|errorType/);
  });

  it('answers an unwrapped handler that throws new Error("") end to end', async () => {
    const response = await invokeNonProxy({
      handler: async () => {
        throw errorWithEmptyMessage();
      },
      event: {},
      integration,
      requestId: REQUEST_ID,
    });
    expect({ status: response.statusCode, body: JSON.parse(response.body) }).toEqual({
      status: 500,
      body: FIXED_500,
    });
  });

  it('uses the catch-all status the options name', () => {
    const custom = integrationResponses(defaultCatalog, { catchAllStatus: 502 });
    const payload = lambdaErrorPayload(errorWithEmptyMessage());
    const response = respondNonProxy({
      outcome: { kind: 'error', payload },
      integration: custom,
      requestId: REQUEST_ID,
    });
    expect(response.statusCode).toBe(502);
    expect(JSON.parse(response.body)).toMatchObject({ status: 502, title: 'Bad Gateway' });
  });

  it.each([
    ['an ordinary object', { id: 42, name: 'Zoë' }],
    ['a body that merely has an errorMessage', { errorMessage: 'card declined', orderId: 7 }],
    ['errorType and errorMessage without trace', { errorType: 'Validation', errorMessage: 'bad' }],
    ['the three members and one more', { errorType: 'E', errorMessage: '', trace: [], requestId: 'r' }],
    ['a trace that is not a list', { errorType: 'E', errorMessage: '', trace: 'at x' }],
    ['an errorType that is not a string', { errorType: 1, errorMessage: '', trace: [] }],
    ['an errorMessage that is not a string', { errorType: 'E', errorMessage: null, trace: [] }],
    ['a list', [{ errorType: 'E', errorMessage: '', trace: [] }]],
    ['a string', 'errorType errorMessage trace'],
    ['null', null],
  ])('passes a real success through unchanged: %s', (_label, result) => {
    const payload = JSON.stringify(result);
    const response = respondNonProxy({
      outcome: { kind: 'success', payload },
      integration,
      requestId: REQUEST_ID,
    });
    expect({
      status: response.statusCode,
      body: response.body,
      type: response.headers['Content-Type'],
    }).toEqual({
      status: 200,
      body: payload,
      type: 'application/json',
    });
  });

  it("wraps the user's own success template: their output for successes, the catch-all for errors", () => {
    const custom = integrationResponses(defaultCatalog, {
      successStatus: 201,
      successTemplate: '{"id": $input.json(\'$.id\')}',
    });
    const success = respondNonProxy({
      outcome: { kind: 'success', payload: '{"id":"o-1","secret":"x"}' },
      integration: custom,
      requestId: REQUEST_ID,
    });
    expect({ status: success.statusCode, body: success.body }).toEqual({
      status: 201,
      body: '{"id": "o-1"}',
    });
    const error = respondNonProxy({
      outcome: { kind: 'error', payload: lambdaErrorPayload(errorWithEmptyMessage()) },
      integration: custom,
      requestId: REQUEST_ID,
    });
    expect({ status: error.statusCode, body: JSON.parse(error.body) }).toEqual({
      status: 500,
      body: FIXED_500,
    });
  });

  it('keeps a success template that ends in a ## line comment working', () => {
    const custom = integrationResponses(defaultCatalog, {
      successTemplate: "$input.json('$.id') ## only the id",
    });
    const success = respondNonProxy({
      outcome: { kind: 'success', payload: '{"id":5}' },
      integration: custom,
      requestId: REQUEST_ID,
    });
    expect(success.body).toBe('5 ');
  });
});

describe('guardSuccessTemplate', () => {
  it('guards a template once: a guarded template is returned as it is', () => {
    const once = guardSuccessTemplate("$input.json('$')", 502);
    expect(guardSuccessTemplate(once, 502)).toBe(once);
    expect(once).toContain('"status":502');
  });

  it('keeps the longer guard of earlier versions as it is (it behaves the same), instead of guarding it twice', () => {
    const earlier = [
      "#set($lambdaErrorType = $input.json('$.errorType'))",
      "#set($lambdaErrorMessage = $input.json('$.errorMessage'))",
      "#set($lambdaTrace = $input.json('$.trace'))",
      `#if($lambdaErrorType.startsWith('"') && $lambdaErrorMessage.startsWith('"') && $lambdaTrace.startsWith('[') && $input.path('$').size() == 3)`,
      '#set($context.responseOverride.status = 500)',
      '#set($context.responseOverride.header.Content-Type = "application/problem+json")',
      `{"type":"about:blank","title":"Internal Server Error","status":500,"detail":"d","requestId":"$context.requestId"}#{else}$input.json('$')#{end}`,
    ].join('\n');
    expect(guardSuccessTemplate(earlier)).toBe(earlier);
  });

  it('refuses a detail VTL would interpret', () => {
    expect(() => guardSuccessTemplate("$input.json('$')", 500, 'costs $5')).toThrow(/contains \$, # or \\/);
  });
});
