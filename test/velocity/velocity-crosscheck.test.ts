/**
 * Every generated response template, rendered by Apache Velocity 1.7 (the engine API Gateway's VTL descends from)
 * and by our velocityjs-based emulator, must give the same body, status override and header overrides.
 * Run with `npm run test:velocity` (needs Debian's velocity and libjackson2-databind-java).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { IntegrationResponseModel, IntegrationResponsesModel } from '../../src/generate/index.js';
import { integrationResponses } from '../../src/generate/index.js';
import {
  classify,
  defaultCatalog,
  defineErrorCatalog,
  type ErrorCatalog,
  formatTaggedMessage,
} from '../../src/index.js';
import { DEFAULT_MAX_MESSAGE_BYTES } from '../../src/tagged/format-tagged-message.js';
import { MAX_MESSAGE_BYTES_LIMIT } from '../../src/tagged/tagged-error-message.js';
import {
  lambdaErrorPayload,
  type RenderedTemplate,
  renderMappingTemplate,
  selectIntegrationResponse,
  timeoutPayload,
} from '../../src/testing/index.js';
import { renderWithVelocity, type VelocityResult, velocityParseErrors } from './apache-velocity.js';

const REQUEST_ID = 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef';

const customCatalog = defineErrorCatalog({
  OrderNotFound: { status: 404, title: 'Order not found', type: 'https://example.com/problems/order' },
  PaymentRequired: { status: 402, title: "Payment required: card 'declined'" },
  RateLimited: { status: 429, retryAfterSeconds: 30 },
  Maintenance: { status: 503, retryAfterSeconds: 120, expose: true },
});
// No 500 and no 504 kind: the catch-all and the timeout response get the fixed (non-branching) template.
const bareCatalog = defineErrorCatalog(
  { Missing: { status: 404 }, Busy: { status: 429, retryAfterSeconds: 1 } },
  { base: null },
);

const TRICKY_DETAIL =
  `say "hi" \\ back\\\\slash 'single' </script> $context.requestId #set($x = 1) ## not a comment ` +
  `é 中文 😀 \ud800 tab\t cr\r lf\n ls\u2028 nul\u0000 del\u007f #end $!problem.retryAfter`;

/** What every error template sets besides the body: the problem's media type (and Retry-After where due). */
const PROBLEM_HEADERS = { 'Content-Type': 'application/problem+json' };

interface Scenario {
  readonly name: string;
  readonly payload: { errorType: string; errorMessage: string; trace: readonly string[] };
}

/** The Lambda error payload the runtime sends for the error the non-proxy middleware would rethrow. */
function taggedScenario(
  name: string,
  catalog: ErrorCatalog,
  thrown: unknown,
  options: { exposeServerErrors?: boolean; maxMessageBytes?: number; maxDetailBytes?: number } = {},
): Scenario {
  const tagged = formatTaggedMessage(classify(thrown, catalog), {
    catalog,
    requestId: REQUEST_ID,
    ...options,
  });
  const error = new Error(tagged.message);
  error.name = tagged.kind;
  return { name, payload: lambdaErrorPayload(error) };
}

function untaggedScenario(name: string, thrown: unknown): Scenario {
  return { name, payload: lambdaErrorPayload(thrown) };
}

function withRetryAfter(error: Error, seconds: number): Error {
  return Object.assign(error, { retryAfterSeconds: seconds });
}

function scenarios(catalog: ErrorCatalog): Scenario[] {
  const kinds = catalog.kinds;
  const first = (status: number) => kinds.find((kind) => kind.status === status)?.kind;
  const list: Scenario[] = [];
  for (const kind of kinds) {
    list.push(
      taggedScenario(
        `tagged ${kind.kind}`,
        catalog,
        catalog.error(kind.kind, `plain detail of ${kind.kind}`),
      ),
    );
  }
  const notFound = first(404);
  if (notFound) {
    list.push(taggedScenario('tagged, tricky detail', catalog, catalog.error(notFound, TRICKY_DETAIL)));
    list.push(
      taggedScenario('tagged, very long detail', catalog, catalog.error(notFound, 'x"\\é'.repeat(60_000)), {
        maxDetailBytes: MAX_MESSAGE_BYTES_LIMIT,
        maxMessageBytes: MAX_MESSAGE_BYTES_LIMIT,
      }),
    );
    list.push(
      taggedScenario(
        'tagged, capped at the default size',
        catalog,
        catalog.error(notFound, '😀'.repeat(5000)),
        {
          maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES,
        },
      ),
    );
  }
  const tooMany = first(429);
  if (tooMany) {
    list.push(
      taggedScenario(
        'tagged with retryAfter',
        catalog,
        catalog.error(tooMany, 'slow down', { retryAfterSeconds: 5 }),
      ),
    );
  }
  const unavailable = first(503);
  if (unavailable) {
    list.push(
      taggedScenario(
        'tagged 503 with retryAfter and exposed tricky detail',
        catalog,
        catalog.error(unavailable, TRICKY_DETAIL, { retryAfterSeconds: 17 }),
        { exposeServerErrors: true },
      ),
    );
  }
  list.push(
    taggedScenario('thrown plain Error (classified 500)', catalog, new Error('db password is hunter2')),
    taggedScenario(
      'throttled AWS SDK error',
      catalog,
      withRetryAfter(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }), 3),
    ),
    untaggedScenario('untagged crash', new TypeError("Cannot read properties of undefined (reading 'id')")),
    {
      name: 'runtime exit',
      payload: {
        errorType: 'Runtime.ExitError',
        errorMessage: `RequestId: ${REQUEST_ID} Error: Runtime exited with error: signal: killed`,
        trace: [],
      },
    },
    {
      name: 'legacy crash',
      payload: { errorType: 'Error', errorMessage: 'Process exited before completing request', trace: [] },
    },
    {
      name: 'timeout, old form',
      payload: { errorType: 'Error', errorMessage: 'Task timed out after 3.00 seconds', trace: [] },
    },
    { name: 'timeout, RequestId form', payload: timeoutPayload(REQUEST_ID, 6) },
    {
      name: 'timeout, dated form of older runtimes',
      payload: {
        errorType: 'Error',
        errorMessage: `2019-04-25T16:58:39.621Z ${REQUEST_ID} Task timed out after 6.01 seconds`,
        trace: [],
      },
    },
    untaggedScenario('thrown string', 'boom'),
    untaggedScenario('thrown object', { code: 42 }),
    untaggedScenario('forged tag later in the text', new Error('oops [404] {"status":404}')),
    untaggedScenario(
      'tag of a status outside the catalog',
      new Error('[418] {"status":418,"title":"teapot"}'),
    ),
    untaggedScenario('tag without JSON', new Error('[404] not json')),
    untaggedScenario('very long untagged message', new Error(`crash ${'é\n"\\$'.repeat(250_000)}`)),
  );
  return list;
}

/** An invocation's integration response body: what `$input` reads. */
function bodyOf(scenario: Scenario): string {
  return JSON.stringify(scenario.payload);
}

/** The distinct templates of a response (the same text may be keyed by several content types). */
function templatesOf(response: IntegrationResponseModel): string[] {
  return [...new Set(Object.values(response.responseTemplates))];
}

type Outcome =
  | {
      kind: 'rendered';
      output: string;
      statusOverride: number | undefined;
      headerOverrides: Record<string, string>;
    }
  | { kind: 'error' };

function emulatorOutcome(template: string, body: string): Outcome {
  let rendered: RenderedTemplate;
  try {
    rendered = renderMappingTemplate(template, { body, requestId: REQUEST_ID });
  } catch {
    return { kind: 'error' };
  }
  return { kind: 'rendered', ...rendered, headerOverrides: { ...rendered.headerOverrides } };
}

function velocityOutcome(result: VelocityResult): Outcome {
  if (result.kind === 'parse-error')
    throw new Error(`Velocity 1.7 cannot parse the template: ${result.message}`);
  if (result.kind === 'render-error') return { kind: 'error' };
  return { ...result, headerOverrides: { ...result.headerOverrides } };
}

interface Rendering {
  readonly scenario: string;
  readonly status: string;
  readonly template: string;
  readonly emulator: Outcome;
  readonly velocity: Outcome;
}

const catalogs: readonly { name: string; catalog: ErrorCatalog }[] = [
  { name: 'default catalog', catalog: defaultCatalog },
  { name: 'custom catalog', catalog: customCatalog },
  { name: 'catalog without 500 and 504', catalog: bareCatalog },
];

async function renderRouted(
  model: IntegrationResponsesModel,
  list: readonly Scenario[],
): Promise<Rendering[]> {
  const routed = list.flatMap((scenario) => {
    const response = selectIntegrationResponse(model.integrationResponses, scenario.payload.errorMessage);
    if (!response) throw new Error(`no integration response for ${scenario.name}`);
    return templatesOf(response).map((template) => ({ scenario, response, template }));
  });
  const velocity = await renderWithVelocity(
    routed.map(({ scenario, template }) => ({ template, body: bodyOf(scenario), requestId: REQUEST_ID })),
  );
  return routed.map(({ scenario, response, template }, i) => ({
    scenario: scenario.name,
    status: response.statusCode,
    template,
    emulator: emulatorOutcome(template, bodyOf(scenario)),
    velocity: velocityOutcome(velocity[i] as VelocityResult),
  }));
}

describe.each(catalogs)('generated templates of the $name under Apache Velocity 1.7', ({ catalog }) => {
  const model = integrationResponses(catalog);
  const list = scenarios(catalog);
  let renderings: Rendering[] = [];

  beforeAll(async () => {
    renderings = await renderRouted(model, list);
  }, 120_000);

  it('renders every routed error exactly as the emulator does (body, status, headers)', () => {
    expect(new Set(renderings.map((rendering) => rendering.scenario)).size).toBe(list.length);
    for (const rendering of renderings) {
      expect({ scenario: rendering.scenario, outcome: rendering.velocity }).toEqual({
        scenario: rendering.scenario,
        outcome: rendering.emulator,
      });
    }
  });

  it('renders every routed error without failing, as a problem body with the status the route gave', () => {
    for (const rendering of renderings) {
      expect({ scenario: rendering.scenario, kind: rendering.velocity.kind }).toEqual({
        scenario: rendering.scenario,
        kind: 'rendered',
      });
      if (rendering.velocity.kind !== 'rendered') continue;
      const problem = JSON.parse(rendering.velocity.output) as { status: number };
      expect({ scenario: rendering.scenario, status: problem.status }).toEqual({
        scenario: rendering.scenario,
        status: Number(rendering.status),
      });
    }
  });

  it('sets Retry-After from retryAfter through $context.responseOverride.header (hyphen in the name)', () => {
    for (const rendering of renderings) {
      if (rendering.velocity.kind !== 'rendered') continue;
      const problem = JSON.parse(rendering.velocity.output) as { retryAfter?: number };
      const expected =
        problem.retryAfter === undefined
          ? PROBLEM_HEADERS
          : { ...PROBLEM_HEADERS, 'Retry-After': String(problem.retryAfter) };
      expect({ scenario: rendering.scenario, headers: rendering.velocity.headerOverrides }).toEqual({
        scenario: rendering.scenario,
        headers: expected,
      });
    }
    expect(
      renderings.some(
        (rendering) =>
          rendering.velocity.kind === 'rendered' && 'Retry-After' in rendering.velocity.headerOverrides,
      ),
    ).toBe(true);
  });

  it('never echoes an untagged message: the catch-all and timeout bodies are fixed except the request id', () => {
    const untagged = renderings.filter((rendering) => !rendering.scenario.startsWith('tagged'));
    expect(untagged.length).toBeGreaterThan(0);
    for (const rendering of untagged) {
      if (rendering.velocity.kind !== 'rendered') continue;
      expect(rendering.velocity.output).not.toMatch(/crash|Cannot read|killed|timed out|oops|teapot|boom/);
      expect(JSON.parse(rendering.velocity.output)).toMatchObject({ requestId: REQUEST_ID });
    }
  });

  it('agrees with the emulator on every template × every message, including the pairs API Gateway never forms', async () => {
    const templates = [...new Set(model.integrationResponses.flatMap(templatesOf))];
    const pairs = templates.flatMap((template) =>
      list
        .filter((scenario) => bodyOf(scenario).length < 100_000)
        .map((scenario) => ({ template, scenario: scenario.name, body: bodyOf(scenario) })),
    );
    const velocity = await renderWithVelocity(
      pairs.map(({ template, body }) => ({ template, body, requestId: REQUEST_ID })),
    );
    const disagreements = pairs
      .map((pair, i) => ({
        template: pair.template,
        scenario: pair.scenario,
        emulator: emulatorOutcome(pair.template, pair.body),
        velocity: velocityOutcome(velocity[i] as VelocityResult),
      }))
      .filter(({ emulator, velocity }) => JSON.stringify(emulator) !== JSON.stringify(velocity));
    // The tag is cut by length (the pattern guarantees `[NNN] {`), so on `oops [404] {"status":404}`, a pair
    // API Gateway never forms, both engines now fail to parse `404] {…}`: no difference is left.
    expect(
      disagreements.map(({ scenario, emulator, velocity }) => ({ scenario, emulator, velocity })),
    ).toEqual([]);
  }, 120_000);
});

describe('Retry-After only from a plain number of seconds, under Apache Velocity 1.7', () => {
  const template = integrationResponses(customCatalog).integrationResponses.find(
    (response) => response.statusCode === '429',
  )?.responseTemplates['application/json'] as string;
  const problem = JSON.stringify({
    type: 'about:blank',
    title: 'Too Many Requests',
    status: 429,
    detail: 'd',
  });
  const tagged = (retryAfterJson: string) => `${problem.slice(0, -1)},"retryAfter":${retryAfterJson}}`;
  const payloadOf = (retryAfterJson: string) =>
    JSON.stringify({ errorType: 'RateLimited', errorMessage: `[429] ${tagged(retryAfterJson)}`, trace: [] });
  // Jackson reads 1e21 and 5.0 as doubles ("1.0E21", "5.0") and 30 digits as a BigInteger: none is written.
  const refused = [
    '"5\\r\\nSet-Cookie: session=stolen"',
    '"5\\nX: y"',
    '123456789012345678901234567890',
    '123456789',
    '1e21',
    '5.0',
    '-1',
    '1.5',
    '"07"',
    '"+5"',
    '""',
    '{"seconds":5}',
    '[5]',
    'true',
    'null',
  ];
  const accepted: readonly [string, string][] = [
    ['0', '0'],
    ['30', '30'],
    ['99999999', '99999999'],
    ['31536000', '31536000'],
    ['"120"', '120'],
  ];

  it('writes no Retry-After for a CR LF string, a huge number and every other non-integer, and keeps the body', async () => {
    const results = await renderWithVelocity(
      refused.map((value) => ({ template, body: payloadOf(value), requestId: REQUEST_ID })),
    );
    expect(results.map((result, i) => ({ value: refused[i], result }))).toEqual(
      refused.map((value) => ({
        value,
        result: {
          kind: 'rendered',
          output: tagged(value),
          statusOverride: undefined,
          headerOverrides: PROBLEM_HEADERS,
        },
      })),
    );
  }, 120_000);

  it('writes Retry-After for a non-negative whole number of at most 8 digits, as the emulator does', async () => {
    const results = await renderWithVelocity(
      accepted.map(([value]) => ({ template, body: payloadOf(value), requestId: REQUEST_ID })),
    );
    expect(results.map((result) => (result.kind === 'rendered' ? result.headerOverrides : result))).toEqual(
      accepted.map(([, header]) => ({ ...PROBLEM_HEADERS, 'Retry-After': header })),
    );
    for (const [value, header] of accepted) {
      expect(
        renderMappingTemplate(template, { body: payloadOf(value), requestId: REQUEST_ID }).headerOverrides,
      ).toEqual({ ...PROBLEM_HEADERS, 'Retry-After': header });
    }
  }, 120_000);
});

describe('the success template (the result passed through, behind the Lambda error guard) under Apache Velocity 1.7', () => {
  const template = integrationResponses().integrationResponses[0]?.responseTemplates[
    'application/json'
  ] as string;
  const render = (body: string) => renderMappingTemplate(template, { body, requestId: REQUEST_ID }).output;

  it('passes ordinary results through exactly as the emulator does', async () => {
    const bodies = [
      '{"id":42,"name":"Zoë \\"Q\\" </x> 😀","tags":["a","b"],"nested":{"ok":true,"none":null},"ratio":0.5,"n":-7}',
      '"just a string"',
      'null',
      '[1,"two",{"three":3}]',
      '{}',
      '{"errorMessage":"card declined","orderId":7}',
      '{"errorType":"Validation","errorMessage":"bad"}',
      '{"errorType":"E","errorMessage":"","trace":[],"requestId":"r"}',
      '{"errorType":"E","errorMessage":"","trace":"at x"}',
      '{"errorType":1,"errorMessage":"","trace":[]}',
      '[{"errorType":"E","errorMessage":"","trace":[]}]',
    ];
    const velocity = await renderWithVelocity(
      bodies.map((body) => ({ template, body, requestId: REQUEST_ID })),
    );
    expect(velocity).toEqual(
      bodies.map((body) => ({
        kind: 'rendered',
        output: render(body),
        statusOverride: undefined,
        headerOverrides: {},
      })),
    );
    expect(velocity.slice(4).map((result) => (result.kind === 'rendered' ? result.output : result))).toEqual(
      bodies.slice(4),
    );
  }, 120_000);

  it('answers a Lambda error document (an error with an empty message) as the catch-all, as the emulator does', async () => {
    const secret = Object.assign(new Error(''), {
      stack: 'Error\n    at handler (/var/task/hunter2.js:1:1)',
    });
    const bodies = [
      lambdaErrorPayload(secret),
      lambdaErrorPayload(secret, 'v4'),
      lambdaErrorPayload(''),
      { errorType: 'Error', errorMessage: 'not empty', trace: ['at x'] },
    ].map((payload) => JSON.stringify(payload));
    const velocity = await renderWithVelocity(
      bodies.map((body) => ({ template, body, requestId: REQUEST_ID })),
    );
    const expected = {
      kind: 'rendered',
      output: JSON.stringify({
        type: 'about:blank',
        title: 'Internal Server Error',
        status: 500,
        detail: 'The server could not complete the request.',
        requestId: REQUEST_ID,
      }),
      statusOverride: 500,
      headerOverrides: { 'Content-Type': 'application/problem+json' },
    };
    expect(velocity).toEqual(bodies.map(() => expected));
    for (const body of bodies) {
      const emulated = renderMappingTemplate(template, { body, requestId: REQUEST_ID });
      expect({ kind: 'rendered', ...emulated, headerOverrides: { ...emulated.headerOverrides } }).toEqual(
        expected,
      );
    }
  }, 120_000);

  it("keeps a user's own success template working inside the guard, a trailing ## comment included", async () => {
    const userTemplates = [
      '#set($r = $input.path(\'$\'))\n{"id": "$r.id", "n": $r.n}',
      "$input.json('$.id') ## only the id",
      "#if($input.path('$.n') > 1)\nmany\n#else\none\n#end\n",
    ];
    const cases = userTemplates.flatMap((user) =>
      ['{"id":"o-1","n":2}', '{"id":"o-2","n":1}'].map((body) => ({ user, body })),
    );
    const guarded = (user: string) =>
      integrationResponses(defaultCatalog, { successTemplate: user }).integrationResponses[0]
        ?.responseTemplates['application/json'] as string;
    const [alone, wrapped] = await Promise.all([
      renderWithVelocity(cases.map(({ user, body }) => ({ template: user, body, requestId: REQUEST_ID }))),
      renderWithVelocity(
        cases.map(({ user, body }) => ({ template: guarded(user), body, requestId: REQUEST_ID })),
      ),
    ]);
    expect(wrapped).toEqual(alone);
    expect(alone.every((result) => result.kind === 'rendered')).toBe(true);
    for (const [i, { user, body }] of cases.entries()) {
      expect(renderMappingTemplate(guarded(user), { body, requestId: REQUEST_ID }).output).toBe(
        (alone[i] as { output: string }).output,
      );
    }
  }, 120_000);

  it('re-serializes numbers and control characters the Java way (documented differences of the emulator)', async () => {
    const body = '{"a":1.0,"b":1e3,"big":12345678901234567890,"c":"\\u001f"}';
    const [velocity] = await renderWithVelocity([{ template, body, requestId: REQUEST_ID }]);
    expect(velocity).toMatchObject({
      output: '{"a":1.0,"b":1000.0,"big":12345678901234567890,"c":"\\u001F"}',
    });
    expect(render(body)).toBe('{"a":1,"b":1000,"big":12345678901234567000,"c":"\\u001f"}');
  }, 120_000);
});

describe('Apache Velocity 1.7 grammar, which API Gateway inherits', () => {
  const hyphenTemplate = '#set($context.responseOverride.header.Retry-After = "5")ok';
  const arithmeticInArguments = "#set($s = 'abcdef')#set($i = 1)$s.substring($i + 2)";
  const arithmeticFirst = "#set($s = 'abcdef')#set($i = 1)#set($j = $i + 2)$s.substring($j)";
  let errors: (string | undefined)[] = [];

  beforeAll(async () => {
    errors = await velocityParseErrors([hyphenTemplate, arithmeticInArguments, arithmeticFirst]);
  }, 120_000);

  it('accepts a hyphen in an identifier and sets the header through the map', async () => {
    expect(errors[0]).toBeUndefined();
    const [rendered] = await renderWithVelocity([
      { template: hyphenTemplate, body: '{}', requestId: REQUEST_ID },
    ]);
    expect(rendered).toEqual({
      kind: 'rendered',
      output: 'ok',
      statusOverride: undefined,
      headerOverrides: { 'Retry-After': '5' },
    });
    expect(
      renderMappingTemplate(hyphenTemplate, { body: '{}', requestId: REQUEST_ID }).headerOverrides,
    ).toEqual({
      'Retry-After': '5',
    });
  }, 120_000);

  it('cannot parse arithmetic inside a method argument, which the emulator refuses too', () => {
    expect(errors[1]).toMatch(/Encountered: "\+"/);
    expect(() => renderMappingTemplate(arithmeticInArguments, { body: '{}', requestId: REQUEST_ID })).toThrow(
      /arithmetic \('\+'\) inside a method's arguments/,
    );
  });

  it('parses the arithmetic once it is computed first, and both engines give the same substring', async () => {
    expect(errors[2]).toBeUndefined();
    const [rendered] = await renderWithVelocity([
      { template: arithmeticFirst, body: '{}', requestId: REQUEST_ID },
    ]);
    expect(rendered).toMatchObject({ kind: 'rendered', output: 'def' });
    expect(renderMappingTemplate(arithmeticFirst, { body: '{}', requestId: REQUEST_ID }).output).toBe('def');
  }, 120_000);

  it('fails the request when an override is set twice, as the emulator does', async () => {
    const twice =
      '#set($context.responseOverride.header.Retry-After = "5")#set($context.responseOverride.header.Retry-After = "6")';
    const [rendered] = await renderWithVelocity([{ template: twice, body: '{}', requestId: REQUEST_ID }]);
    expect(rendered).toMatchObject({ kind: 'render-error', message: expect.stringMatching(/set twice/) });
    expect(() => renderMappingTemplate(twice, { body: '{}', requestId: REQUEST_ID })).toThrow(/set twice/);
  }, 120_000);
});
