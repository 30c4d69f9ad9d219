// The contract between the Lambda side and API Gateway, read from both ends: what formatTaggedMessage writes is
// what the selection patterns anchor on and what the mapping templates test for and strip.
import { describe, expect, it } from '@jest/globals';
import {
  ERROR_MESSAGE,
  setsProblemContentType,
  startsWithTag,
  withoutTag,
} from '../../src/contract/mapping-template.js';
import {
  GATEWAY_RESPONSE_HEADER,
  gatewayResponseHeader,
  gatewayResponseHeaderName,
  METHOD_RESPONSE_HEADER,
  mapsProblemContentType,
  methodResponseHeader,
  methodResponseHeaderName,
  staticValue,
} from '../../src/contract/parameters.js';
import {
  ANY_CHARACTER,
  anyTagStart,
  isDefaultPattern,
  modelSelectionPattern,
  openApiKeyPattern,
  openApiResponseKey,
  tagStart,
  writtenSelectionPattern,
} from '../../src/contract/selection.js';
import { PROBLEM_CONTENT_TYPE, TAG_LENGTH, taggedMessage, tagText } from '../../src/contract/wire.js';
import { fullMatch } from '../../src/generate/index.js';
import { taggedProblemTemplate } from '../../src/generate/templates.js';
import { classify, defineErrorCatalog, formatTaggedMessage } from '../../src/index.js';
import { renderMappingTemplate } from '../../src/testing/index.js';

const catalog = defineErrorCatalog({ OrderNotFound: { status: 404, title: 'Order not found' } });
const written = formatTaggedMessage(classify(catalog.error('OrderNotFound', 'order 42'), catalog), {
  catalog,
});

describe('the tag, as written and as read back', () => {
  it('writes `[<status>] <json>`: the status, one space, the problem', () => {
    expect(taggedMessage(404, '{"status":404}')).toBe('[404] {"status":404}');
    expect(written.message.startsWith(tagText(404))).toBe(true);
  });

  it('strips exactly the tag: what is left is the problem JSON', () => {
    const problem = JSON.parse(written.message.slice(TAG_LENGTH)) as { status: number };
    expect(problem.status).toBe(404);
    expect(withoutTag(ERROR_MESSAGE)).toBe(`$input.path('$.errorMessage').substring(${TAG_LENGTH})`);
    expect(startsWithTag('$m', 404)).toBe("$m.startsWith('[404] {')");
  });

  it('anchors the selection patterns on the tag the runtime writes, and on no other status', () => {
    expect(fullMatch(`${tagStart(404)}${ANY_CHARACTER}*`, written.message)).toBe(true);
    expect(fullMatch(`${tagStart(400)}${ANY_CHARACTER}*`, written.message)).toBe(false);
    expect(fullMatch(`${anyTagStart([400, 404])}${ANY_CHARACTER}*`, written.message)).toBe(true);
    expect(fullMatch(`${anyTagStart([400, 500])}${ANY_CHARACTER}*`, written.message)).toBe(false);
  });

  it('renders the problem the runtime wrote through the generated template, as problem+json', () => {
    const template = taggedProblemTemplate();
    expect(setsProblemContentType(template)).toBe(true);
    expect(setsProblemContentType("$input.json('$')")).toBe(false);
    const body = JSON.stringify({ errorType: written.kind, errorMessage: written.message, trace: [] });
    const rendered = renderMappingTemplate(template, { body, requestId: 'r-1' });
    expect(rendered.output).toBe(written.message.slice(TAG_LENGTH));
    expect(rendered.headerOverrides['Content-Type']).toBe(PROBLEM_CONTENT_TYPE);
  });
});

describe('the default response', () => {
  it('has no selection pattern, which CloudFormation and the Serverless Framework write as an empty one', () => {
    expect(isDefaultPattern(undefined)).toBe(true);
    expect(isDefaultPattern('')).toBe(true);
    expect(isDefaultPattern('\\[404\\] \\{[\\s\\S]*')).toBe(false);
    expect(writtenSelectionPattern(undefined)).toBe('');
    expect(writtenSelectionPattern('a+')).toBe('a+');
  });

  it('is keyed `default` among the integration responses of an OpenAPI document', () => {
    expect(openApiResponseKey(undefined)).toBe('default');
    expect(openApiResponseKey('a+')).toBe('a+');
    expect(openApiKeyPattern('default')).toBeUndefined();
    expect(openApiKeyPattern('a+')).toBe('a+');
  });

  it('reads an empty written pattern back as none, and any other as itself', () => {
    expect(modelSelectionPattern('')).toBeUndefined();
    expect(modelSelectionPattern(undefined)).toBeUndefined();
    expect(modelSelectionPattern('\\[404\\] \\{[\\s\\S]*')).toBe('\\[404\\] \\{[\\s\\S]*');
    for (const pattern of [undefined, 'a+']) {
      expect(modelSelectionPattern(writtenSelectionPattern(pattern))).toBe(pattern);
    }
  });
});

describe('response parameter names', () => {
  it('names method response and Gateway Response headers, and reads the name back', () => {
    expect(methodResponseHeader('Retry-After')).toBe(`${METHOD_RESPONSE_HEADER}Retry-After`);
    expect(methodResponseHeaderName('method.response.header.Retry-After')).toBe('Retry-After');
    expect(methodResponseHeaderName('gatewayresponse.header.Retry-After')).toBeUndefined();
    expect(gatewayResponseHeader('Retry-After')).toBe(`${GATEWAY_RESPONSE_HEADER}Retry-After`);
    expect(gatewayResponseHeaderName('gatewayresponse.header.Retry-After')).toBe('Retry-After');
    expect(gatewayResponseHeaderName('method.response.header.Retry-After')).toBeUndefined();
  });

  it('quotes static values, and recognises problem+json set statically as earlier versions wrote it', () => {
    expect(staticValue('*')).toBe("'*'");
    expect(
      mapsProblemContentType({ 'method.response.header.Content-Type': "'application/problem+json'" }),
    ).toBe(true);
    expect(mapsProblemContentType({ 'method.response.header.Content-Type': "'application/json'" })).toBe(
      false,
    );
    expect(
      mapsProblemContentType({ 'gatewayresponse.header.Content-Type': "'application/problem+json'" }),
    ).toBe(false);
  });
});
