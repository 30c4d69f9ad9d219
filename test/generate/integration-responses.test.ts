import { describe, expect, it } from '@jest/globals';
import { PROBLEM_CONTENT_TYPE } from '../../src/contract/wire.js';
import {
  fullMatch,
  guardSuccessTemplate,
  type IntegrationResponseModel,
  integrationResponses,
  portabilityProblem,
} from '../../src/generate/index.js';
import { defaultCatalog, defineErrorCatalog } from '../../src/index.js';
import { renderMappingTemplate } from '../../src/testing/index.js';

const model = integrationResponses();

function responseFor(status: string): IntegrationResponseModel {
  const response = model.integrationResponses.find((candidate) => candidate.statusCode === status);
  if (!response) throw new Error(`no integration response for ${status}`);
  return response;
}

/** What every error template sets besides the body (Retry-After comes on top where due). */
const PROBLEM_HEADERS = { 'Content-Type': PROBLEM_CONTENT_TYPE };

interface Rendered {
  readonly body: string;
  readonly headerOverrides: Record<string, string>;
}

/** Renders a response template the way API Gateway feeds it a Lambda error (the emulator as the engine). */
function renderFor(status: string, errorMessage: string): Rendered {
  const template = responseFor(status).responseTemplates['application/json'];
  if (template === undefined) throw new Error(`no application/json template for ${status}`);
  const payload = { errorMessage, errorType: 'Error', trace: ['at handler (index.js:1:1)'] };
  const rendered = renderMappingTemplate(template, { body: JSON.stringify(payload), requestId: 'req-1' });
  return { body: rendered.output, headerOverrides: { ...rendered.headerOverrides } };
}

describe('integrationResponses(defaultCatalog)', () => {
  it('starts with the success default: no selection pattern, the result passed through behind the error guard', () => {
    expect(model.integrationResponses[0]).toEqual({
      statusCode: '200',
      selectionPattern: undefined,
      responseTemplates: {
        'application/json': guardSuccessTemplate(
          "$input.json('$')",
          500,
          'The server could not complete the request.',
        ),
      },
      responseParameters: {},
    });
    expect(model.integrationResponses[0]?.responseTemplates['application/json']).toMatch(
      /#\{else\}\$input\.json\('\$'\)#\{end\}$/,
    );
  });

  it('has one integration response per status: the catalog statuses plus 500 and 504', () => {
    const statuses = model.integrationResponses.map((response) => response.statusCode);
    expect(statuses).toEqual(['200', ...defaultCatalog.statuses.map(String)]);
    expect(new Set(statuses).size).toBe(statuses.length);
  });

  it('uses only portable patterns, with no quantified groups (every quantifier applies to one class)', () => {
    for (const { selectionPattern } of model.integrationResponses.slice(1)) {
      expect(selectionPattern).toBeDefined();
      expect(portabilityProblem(selectionPattern as string)).toBeUndefined();
      expect(selectionPattern).not.toMatch(/\)[*+?{]/);
      expect(selectionPattern).not.toMatch(/(^|[^\\])\./);
    }
  });

  it('routes 404 by its tag and merges the alternatives of 500 and 504', () => {
    expect(responseFor('404').selectionPattern).toBe('\\[404\\] \\{[\\s\\S]*');
    expect(responseFor('504').selectionPattern).toBe(
      '(?:\\[504\\] \\{[\\s\\S]*|Task timed out after [\\s\\S]*|RequestId: [^ ]{1,128} Error: Task timed out after [\\s\\S]*|[0-9]{4}-[0-9]{2}-[0-9]{2}T[^ ]{1,29} [^ ]{1,128} Task timed out after [\\s\\S]*)',
    );
    expect(responseFor('500').selectionPattern).toMatch(/^\(\?:\\\[500\\\] \\\{\[\\s\\S\]\*\|\(\?!/);
  });

  it('declares a method response for every status, with every header its integration response sets', () => {
    expect(model.methodResponses.map((response) => response.statusCode)).toEqual(
      model.integrationResponses.map((response) => response.statusCode),
    );
    expect(model.methodResponses[0]).toEqual({ statusCode: '200', responseParameters: {} });
    model.integrationResponses.forEach((integration, i) => {
      const declared = model.methodResponses[i]?.responseParameters ?? {};
      for (const header of Object.keys(integration.responseParameters))
        expect(declared).toHaveProperty([header]);
    });
    // Content-Type and Retry-After are set by the templates' overrides, which need no declaration.
    expect(model.methodResponses.find((response) => response.statusCode === '429')).toEqual({
      statusCode: '429',
      responseParameters: {},
    });
  });

  it('sends problem+json on every error response: one application/json template, which sets Content-Type', () => {
    for (const response of model.integrationResponses.slice(1)) {
      expect(Object.keys(response.responseTemplates)).toEqual(['application/json']);
      expect(response.responseParameters).toEqual({});
      const messages = [
        `[${response.statusCode}] {"status":${response.statusCode}}`,
        'boom',
        'Task timed out after 3.00 seconds',
      ].filter((message) => fullMatch(response.selectionPattern as string, message));
      expect(messages.length).toBeGreaterThan(0);
      for (const message of messages) {
        const rendered = renderMappingTemplate(response.responseTemplates['application/json'] as string, {
          body: JSON.stringify({ errorType: 'Error', errorMessage: message, trace: [] }),
          requestId: 'r',
        });
        expect(rendered.headerOverrides['Content-Type']).toBe(PROBLEM_CONTENT_TYPE);
      }
    }
  });

  it('writes templates API Gateway parses: no arithmetic inside method arguments, far below 300 KB', () => {
    for (const response of model.integrationResponses) {
      for (const template of Object.values(response.responseTemplates)) {
        expect(template).not.toMatch(/\.\w+\([^)'"]*[-+*/][^)]*\)/);
        expect(Buffer.byteLength(template)).toBeLessThan(300 * 1024);
      }
    }
  });
});

describe('response templates (rendered with velocityjs)', () => {
  const problem = {
    type: 'https://example.com/probs/order',
    title: 'Not Found',
    status: 404,
    detail: 'order "42"\nnot found é😀',
    requestId: 'r-9',
  };

  it('strips the tag and emits the problem JSON as the body', () => {
    const rendered = renderFor('404', `[404] ${JSON.stringify(problem)}`);
    expect(JSON.parse(rendered.body)).toEqual(problem);
    expect(rendered.headerOverrides).toEqual(PROBLEM_HEADERS);
  });

  it('sets Retry-After from retryAfter', () => {
    const rendered = renderFor('429', `[429] ${JSON.stringify({ ...problem, status: 429, retryAfter: 30 })}`);
    expect(JSON.parse(rendered.body)).toMatchObject({ status: 429, retryAfter: 30 });
    expect(rendered.headerOverrides).toEqual({ ...PROBLEM_HEADERS, 'Retry-After': '30' });
  });

  it.each([
    ['a CR LF string', '"5\\r\\nSet-Cookie: session=stolen"'],
    ['a huge number', '12345678901234567890123'],
    ['1e21', '1e21'],
    ['nine digits', '123456789'],
    ['a negative number', '-1'],
    ['a fraction', '1.5'],
    ['a leading zero', '"07"'],
    ['a signed string', '"+5"'],
    ['an empty string', '""'],
    ['an object', '{"seconds":5}'],
    ['an array', '[5]'],
    ['true', 'true'],
    ['null', 'null'],
  ])('writes no Retry-After when retryAfter is %s (a hand-written or old tag)', (_label, retryAfterJson) => {
    const tagged = `${JSON.stringify({ ...problem, status: 429 }).slice(0, -1)},"retryAfter":${retryAfterJson}}`;
    const rendered = renderFor('429', `[429] ${tagged}`);
    expect(rendered.headerOverrides).toEqual(PROBLEM_HEADERS);
    expect(rendered.body).toBe(tagged);
  });

  it.each([
    [0, '0'],
    [30, '30'],
    [99_999_999, '99999999'],
    [31_536_000, '31536000'],
    ['120', '120'],
  ])('writes Retry-After for the plain non-negative integer %j', (retryAfter, header) => {
    const rendered = renderFor('503', `[503] ${JSON.stringify({ ...problem, status: 503, retryAfter })}`);
    expect(rendered.headerOverrides).toEqual({ ...PROBLEM_HEADERS, 'Retry-After': header });
  });

  it('emits a tagged 500 as is, and a fixed body for anything else routed to 500', () => {
    const tagged = { ...problem, status: 500, title: 'Internal Server Error', detail: 'shown on purpose' };
    expect(JSON.parse(renderFor('500', `[500] ${JSON.stringify(tagged)}`).body)).toEqual(tagged);
    const crash = renderFor('500', 'RequestId: abc Error: Runtime exited with error: signal: killed');
    expect(JSON.parse(crash.body)).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'The server could not complete the request.',
      requestId: 'req-1',
    });
    expect(crash.headerOverrides).toEqual(PROBLEM_HEADERS);
  });

  it('never echoes an untagged message', () => {
    const secret = 'password=hunter2 at /var/task/index.js:12';
    expect(renderFor('500', secret).body).not.toContain('hunter2');
    expect(renderFor('500', `[418] {"detail":"${secret}"}`).body).not.toContain('hunter2');
  });

  it('answers timeouts with a fixed Gateway Timeout body', () => {
    const expected = {
      type: 'about:blank',
      title: 'Gateway Timeout',
      status: 504,
      detail: 'The function did not complete in time.',
      requestId: 'req-1',
    };
    expect(JSON.parse(renderFor('504', 'Task timed out after 3.00 seconds').body)).toEqual(expected);
    expect(
      JSON.parse(renderFor('504', 'RequestId: a1 Error: Task timed out after 3.00 seconds').body),
    ).toEqual(expected);
  });
});

describe('integrationResponses options', () => {
  it('adds a static CORS origin to every response and declares it', () => {
    const withCors = integrationResponses(defaultCatalog, { corsOrigin: 'https://app.example.com' });
    for (const response of withCors.integrationResponses) {
      expect(response.responseParameters['method.response.header.Access-Control-Allow-Origin']).toBe(
        "'https://app.example.com'",
      );
    }
    for (const response of withCors.methodResponses) {
      expect(response.responseParameters['method.response.header.Access-Control-Allow-Origin']).toBe(false);
    }
  });

  it('takes other statuses and a success template', () => {
    const custom = integrationResponses(defineErrorCatalog({ Teapot: { status: 418 } }, { base: null }), {
      successStatus: 201,
      successTemplate: '{"ok":true}',
      timeoutStatus: 503,
      catchAllStatus: 502,
    });
    expect(
      custom.integrationResponses.map((response) => [
        response.statusCode,
        response.selectionPattern !== undefined,
      ]),
    ).toEqual([
      ['201', false],
      ['418', true],
      ['502', true],
      ['503', true],
    ]);
    expect(custom.integrationResponses[0]?.responseTemplates).toEqual({
      'application/json': guardSuccessTemplate(
        '{"ok":true}',
        502,
        'The server could not complete the request.',
      ),
    });
    expect(custom.methodResponses.map((response) => response.responseParameters)).toEqual([{}, {}, {}, {}]);
  });

  it('rejects bad options with a message naming the fix', () => {
    expect(() => integrationResponses(defaultCatalog, { successStatus: 404 })).toThrow(
      'integrationResponses: successStatus must be an integer from 200 to 399, got 404',
    );
    expect(() => integrationResponses(defaultCatalog, { catchAllStatus: 200 })).toThrow(/catchAllStatus/);
    expect(() => integrationResponses(defaultCatalog, { timeoutStatus: 504.5 })).toThrow(/timeoutStatus/);
    expect(() => integrationResponses(defaultCatalog, { corsOrigin: "a'b" })).toThrow(/corsOrigin/);
    expect(() => integrationResponses(defaultCatalog, { successTemplate: ' ' })).toThrow(/successTemplate/);
  });
});

describe('integrationResponses option checks', () => {
  it('accepts the edges of each status range and refuses one past them', () => {
    expect(
      integrationResponses(defaultCatalog, { successStatus: 399 }).integrationResponses[0]?.statusCode,
    ).toBe('399');
    expect(() => integrationResponses(defaultCatalog, { successStatus: 400 })).toThrow(
      'integrationResponses: successStatus must be an integer from 200 to 399, got 400',
    );
    expect(() => integrationResponses(defaultCatalog, { successStatus: 199 })).toThrow(/got 199/);
  });

  it.each(['', '   '])('refuses a blank success template %j', (successTemplate) => {
    expect(() => integrationResponses(defaultCatalog, { successTemplate })).toThrow(
      `integrationResponses: successTemplate must be a non-empty VTL template string, got ${JSON.stringify(successTemplate)} (a string); omit it to pass the result through`,
    );
  });

  it.each([[''], ["https://a.example'"], ['https://a.example\r\nX: y'], [42]])(
    'refuses the CORS origin %j',
    (corsOrigin) => {
      expect(() => integrationResponses(defaultCatalog, { corsOrigin: corsOrigin as string })).toThrow(
        /^integrationResponses: corsOrigin must be a non-empty origin/,
      );
    },
  );

  const serverlessVariables = ['https://$' + '{stage}.example.com', 'https://app-$' + '{sls}.example.com'];
  it.each([...serverlessVariables, 'https://$' + '{self:custom.host}'])(
    'refuses the CORS origin %j: the serverless output would hand it to the variable resolver',
    (corsOrigin) => {
      expect(() => integrationResponses(defaultCatalog, { corsOrigin })).toThrow(
        /^integrationResponses: corsOrigin must not contain "\$\{"/,
      );
    },
  );

  it('takes a list of one origin, duplicates included, as that origin', () => {
    const single = integrationResponses(defaultCatalog, { corsOrigin: 'https://app.example.com' });
    expect(integrationResponses(defaultCatalog, { corsOrigin: ['https://app.example.com'] })).toEqual(single);
    expect(
      integrationResponses(defaultCatalog, {
        corsOrigin: ['https://app.example.com', 'https://app.example.com'],
      }),
    ).toEqual(single);
  });

  it('refuses several origins in one line naming why and the way out', () => {
    const refusal = () =>
      integrationResponses(defaultCatalog, {
        corsOrigin: ['https://app.example.com', 'https://admin.example.com'],
      });
    expect(refusal).toThrow(
      /^integrationResponses: corsOrigin must be one origin or "\*" for non-proxy integration responses, got 2 \(they send a static Access-Control-Allow-Origin; AWS documents no way to read the request's Origin in a response template\); use one origin, or a proxy integration with @middy\/http-cors's origins list \(docs\/proxy\.md\)$/,
    );
  });

  it.each([
    [[], /corsOrigin must name at least one origin/],
    [['*', 'https://app.example.com'], /corsOrigin "\*" already allows every origin/],
    [['https://app.example.com', 'https://app.example.com/x'], /corsOrigin must be a non-empty origin/],
    [['https://app.example.com', 42], /corsOrigin must be a non-empty origin/],
  ])('refuses the list of origins %j', (corsOrigin, message) => {
    expect(() => integrationResponses(defaultCatalog, { corsOrigin: corsOrigin as string[] })).toThrow(
      message,
    );
  });

  it('sends a valid CORS origin as a static header on every response', () => {
    const model = integrationResponses(defaultCatalog, { corsOrigin: 'https://app.example.com' });
    for (const response of model.integrationResponses) {
      expect(response.responseParameters['method.response.header.Access-Control-Allow-Origin']).toBe(
        "'https://app.example.com'",
      );
    }
  });
});
