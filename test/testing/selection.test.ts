import { describe, expect, it } from '@jest/globals';
import { fullMatch, type IntegrationResponsesModel, integrationResponses } from '../../src/generate/index.js';
import {
  AmbiguousSelectionError,
  invokeNonProxy,
  renderMappingTemplate,
  respondNonProxy,
  selectIntegrationResponse,
} from '../../src/testing/index.js';

const INTERNAL = {
  statusCode: 500,
  headers: { 'Content-Type': 'application/json' },
  body: '{"message": "Internal server error"}',
};

/** Serverless Framework v3's default statusCodes: "contains [NNN] anywhere". */
const serverlessV3Defaults: IntegrationResponsesModel = {
  integrationResponses: [
    { statusCode: '200', selectionPattern: undefined, responseTemplates: {}, responseParameters: {} },
    {
      statusCode: '400',
      selectionPattern: '[\\s\\S]*\\[400\\][\\s\\S]*',
      responseTemplates: {},
      responseParameters: {},
    },
    {
      statusCode: '404',
      selectionPattern: '[\\s\\S]*\\[404\\][\\s\\S]*',
      responseTemplates: {},
      responseParameters: {},
    },
  ],
  methodResponses: [
    { statusCode: '200', responseParameters: {} },
    { statusCode: '400', responseParameters: {} },
    { statusCode: '404', responseParameters: {} },
  ],
};

const thrower = (error: unknown) => async () => {
  throw error;
};

describe('integration response selection', () => {
  it('routes a tagged message with a full-string match and passes the error payload through', async () => {
    const response = await invokeNonProxy({
      handler: thrower(new Error('[404] no such order')),
      event: {},
      integration: serverlessV3Defaults,
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers).toEqual({ 'Content-Type': 'application/json' });
    const body = JSON.parse(response.body);
    expect(Object.keys(body)).toEqual(['errorType', 'errorMessage', 'trace']);
    expect(body.errorMessage).toBe('[404] no such order');
  });

  it('reports a message carrying two tags as ambiguous, naming both statuses', async () => {
    const run = invokeNonProxy({
      handler: thrower(new Error('[400] bad, see [404]')),
      event: {},
      integration: serverlessV3Defaults,
    });
    await expect(run).rejects.toThrow(AmbiguousSelectionError);
    await expect(run).rejects.toThrow(/ambiguous.*400 and 404/);
  });

  it('needs the full string: \\[404\\] alone does not match "[404] x" and the error falls to the default 200', async () => {
    const integration: IntegrationResponsesModel = {
      integrationResponses: [
        { statusCode: '200', selectionPattern: undefined, responseTemplates: {}, responseParameters: {} },
        { statusCode: '404', selectionPattern: '\\[404\\]', responseTemplates: {}, responseParameters: {} },
      ],
      methodResponses: [
        { statusCode: '200', responseParameters: {} },
        { statusCode: '404', responseParameters: {} },
      ],
    };
    const response = await invokeNonProxy({ handler: thrower(new Error('[404] x')), event: {}, integration });
    expect(response.statusCode).toBe(200);
  });

  it('does not let . match a newline: a multi-line message falls to the default 200', async () => {
    const integration: IntegrationResponsesModel = {
      integrationResponses: [
        { statusCode: '200', selectionPattern: undefined, responseTemplates: {}, responseParameters: {} },
        { statusCode: '404', selectionPattern: '\\[404\\].*', responseTemplates: {}, responseParameters: {} },
      ],
      methodResponses: [
        { statusCode: '200', responseParameters: {} },
        { statusCode: '404', responseParameters: {} },
      ],
    };
    const oneLine = await invokeNonProxy({
      handler: thrower(new Error('[404] a b')),
      event: {},
      integration,
    });
    const twoLines = await invokeNonProxy({
      handler: thrower(new Error('[404] a\nb')),
      event: {},
      integration,
    });
    expect(oneLine.statusCode).toBe(404);
    expect(twoLines.statusCode).toBe(200);
  });

  it('tries patterns on successes too: a pattern matching "" turns a success into an error status', async () => {
    const integration: IntegrationResponsesModel = {
      integrationResponses: [
        { statusCode: '200', selectionPattern: undefined, responseTemplates: {}, responseParameters: {} },
        { statusCode: '500', selectionPattern: '.*', responseTemplates: {}, responseParameters: {} },
      ],
      methodResponses: [
        { statusCode: '200', responseParameters: {} },
        { statusCode: '500', responseParameters: {} },
      ],
    };
    const response = await invokeNonProxy({ handler: async () => ({ ok: true }), event: {}, integration });
    expect(response).toEqual({
      statusCode: 500,
      headers: { 'Content-Type': 'application/json' },
      body: '{"ok":true}',
    });
  });

  it('refuses a pattern outside the Java∩JavaScript subset', async () => {
    const integration: IntegrationResponsesModel = {
      integrationResponses: [
        {
          statusCode: '404',
          selectionPattern: '(?s)\\[404\\].*',
          responseTemplates: {},
          responseParameters: {},
        },
      ],
      methodResponses: [{ statusCode: '404', responseParameters: {} }],
    };
    await expect(
      invokeNonProxy({ handler: thrower(new Error('x')), event: {}, integration }),
    ).rejects.toThrow(/outside the Java∩JavaScript regex subset.*inline flags/);
  });

  it('answers 500 "Internal server error" when nothing matches and there is no default', async () => {
    const integration: IntegrationResponsesModel = {
      integrationResponses: [
        {
          statusCode: '404',
          selectionPattern: '\\[404\\][\\s\\S]*',
          responseTemplates: {},
          responseParameters: {},
        },
      ],
      methodResponses: [{ statusCode: '404', responseParameters: {} }],
    };
    const lines: string[] = [];
    const response = await invokeNonProxy({
      handler: thrower(new Error('crash')),
      event: {},
      integration,
      log: (line) => lines.push(line),
    });
    expect(response).toEqual(INTERNAL);
    expect(lines.join('\n')).toMatch(/no default integration response/);
    expect(await invokeNonProxy({ handler: thrower(new Error('crash')), event: {}, integration })).toEqual(
      INTERNAL,
    );
  });

  it('builds the error payload with the runtime asked for', async () => {
    const classic = await invokeNonProxy({
      handler: thrower(null),
      event: {},
      integration: serverlessV3Defaults,
    });
    const v4 = await invokeNonProxy({
      handler: thrower(null),
      event: {},
      integration: serverlessV3Defaults,
      runtime: 'v4',
    });
    expect(classic.body).toBe('{"errorType":"string","errorMessage":"handled","trace":[]}');
    expect(v4.body).toBe('{"errorType":"object","errorMessage":"null","trace":[]}');
  });

  it('answers 500 when the matched status has no method response (invalid method response)', async () => {
    const integration: IntegrationResponsesModel = {
      integrationResponses: [
        { statusCode: '200', selectionPattern: undefined, responseTemplates: {}, responseParameters: {} },
        {
          statusCode: '409',
          selectionPattern: '\\[409\\][\\s\\S]*',
          responseTemplates: {},
          responseParameters: {},
        },
      ],
      methodResponses: [{ statusCode: '200', responseParameters: {} }],
    };
    const lines: string[] = [];
    const response = await invokeNonProxy({
      handler: thrower(new Error('[409] taken')),
      event: {},
      integration,
      log: (line) => lines.push(line),
    });
    expect(response).toEqual(INTERNAL);
    expect(lines).toEqual([
      'Execution failed due to configuration error: Output mapping refers to an invalid method response: 409',
    ]);
  });

  it('refuses two integration responses for one status, and two defaults', () => {
    const twice: IntegrationResponsesModel = {
      integrationResponses: [
        { statusCode: '404', selectionPattern: 'a', responseTemplates: {}, responseParameters: {} },
        { statusCode: '404', selectionPattern: 'b', responseTemplates: {}, responseParameters: {} },
      ],
      methodResponses: [{ statusCode: '404', responseParameters: {} }],
    };
    const outcome = { kind: 'success', payload: 'null' } as const;
    expect(() => respondNonProxy({ outcome, integration: twice, requestId: 'r' })).toThrow(/one per status/);
    const defaults: IntegrationResponsesModel = {
      integrationResponses: [
        { statusCode: '200', selectionPattern: undefined, responseTemplates: {}, responseParameters: {} },
        { statusCode: '201', selectionPattern: undefined, responseTemplates: {}, responseParameters: {} },
      ],
      methodResponses: [{ statusCode: '200', responseParameters: {} }],
    };
    expect(() => respondNonProxy({ outcome, integration: defaults, requestId: 'r' })).toThrow(
      /only one can be the default/,
    );
  });

  it('applies the success template of the default response to the result', async () => {
    const integration: IntegrationResponsesModel = {
      integrationResponses: [
        {
          statusCode: '200',
          selectionPattern: undefined,
          responseTemplates: { 'application/json': '{"id": $input.json(\'$.order.id\')}' },
          responseParameters: {},
        },
      ],
      methodResponses: [{ statusCode: '200', responseParameters: {} }],
    };
    const response = await invokeNonProxy({
      handler: async () => ({ order: { id: 'o-1' } }),
      event: {},
      integration,
    });
    expect(response).toEqual({
      statusCode: 200,
      headers: { 'Content-Type': 'application/json' },
      body: '{"id": "o-1"}',
    });
  });
});

describe('CloudFormation IntegrationResponses / MethodResponses', () => {
  const method = {
    Integration: {
      IntegrationResponses: [
        { StatusCode: 200, SelectionPattern: '' },
        {
          StatusCode: '404',
          SelectionPattern: '\\[404\\] [\\s\\S]*',
          ResponseTemplates: { 'application/json': "$input.path('$.errorMessage').substring(6)" },
          ResponseParameters: { 'method.response.header.Cache-Control': "'no-store'" },
        },
      ],
    },
    MethodResponses: [
      { StatusCode: 200 },
      { StatusCode: 404, ResponseParameters: { 'method.response.header.Cache-Control': false } },
    ],
  };

  it('accepts a method resource Properties object; an empty SelectionPattern is the default', async () => {
    const notFound = await invokeNonProxy({
      handler: thrower(new Error('[404] gone')),
      event: {},
      integration: method,
    });
    expect(notFound).toEqual({
      statusCode: 404,
      headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
      body: 'gone',
    });
    const ok = await invokeNonProxy({ handler: async () => 'fine', event: {}, integration: method });
    expect(ok).toEqual({ statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: '"fine"' });
  });

  it('accepts the two bare arrays and refuses a missing MethodResponses', async () => {
    const arrays = {
      IntegrationResponses: method.Integration.IntegrationResponses,
      MethodResponses: method.MethodResponses,
    };
    const response = await invokeNonProxy({
      handler: thrower(new Error('[404] gone')),
      event: {},
      integration: arrays,
    });
    expect(response.statusCode).toBe(404);
    const noMethods = { Integration: method.Integration };
    await expect(
      invokeNonProxy({ handler: async () => 1, event: {}, integration: noMethods }),
    ).rejects.toThrow(/need a MethodResponses array/);
  });

  it('refuses a method without IntegrationResponses and a StatusCode that is not an HTTP status', () => {
    const respond = (integration: Parameters<typeof respondNonProxy>[0]['integration']) =>
      respondNonProxy({ outcome: { kind: 'success', payload: '1' }, integration, requestId: 'r' });
    expect(() => respond({ Integration: {}, MethodResponses: [] })).toThrow(
      'CloudFormation responses need an IntegrationResponses array (Integration.IntegrationResponses)',
    );
    expect(() =>
      respond({ IntegrationResponses: [{ StatusCode: '2xx' }], MethodResponses: [{ StatusCode: 200 }] }),
    ).toThrow('IntegrationResponses: StatusCode "2xx" is not an HTTP status such as "404"');
    const noStatus = JSON.parse('{"IntegrationResponses":[{"StatusCode":200}],"MethodResponses":[{}]}');
    expect(() => respond(noStatus)).toThrow('MethodResponses: StatusCode undefined is not an HTTP status');
  });
});

describe('length bounds count code points, as java.util.regex does', () => {
  const emojiId = (count: number) => '😀'.repeat(count);
  const model = integrationResponses();
  const routed = (errorMessage: string) =>
    selectIntegrationResponse(model.integrationResponses, errorMessage)?.statusCode;

  it('routes a timeout whose request id is 100 emoji (200 UTF-16 units, 100 code points) to 504, as Java does', () => {
    expect(routed(`RequestId: ${emojiId(100)} Error: Task timed out after 3.00 seconds`)).toBe('504');
    expect(routed(`2019-04-25T16:58:39.621Z ${emojiId(100)} Task timed out after 3.00 seconds`)).toBe('504');
  });

  it('sends a request id of 129 code points to the catch-all, as Java does', () => {
    expect(routed(`RequestId: ${emojiId(129)} Error: Task timed out after 3.00 seconds`)).toBe('500');
  });

  it("counts code points in a template's String.matches too", () => {
    const template = "#set($s = $input.path('$.s'))$s.matches('[^ ]{1,2}')";
    expect(renderMappingTemplate(template, { body: '{"s":"😀😀"}', requestId: 'r' }).output).toBe('true');
  });

  it('keeps reading a pattern that Unicode mode refuses (an identity escape Java allows)', () => {
    expect(fullMatch('a\\-b', 'a-b')).toBe(true);
  });
});
