// Strict validators of proxy responses, one per event kind, following the rules API Gateway, Lambda
// Function URLs and ALB apply (DESIGN.md "Proxy response shapes"). Each returns the list of problems
// found (empty = valid), so a failing test says exactly what is wrong.
import type { ProxyEventKindName } from './events.js';

type Fields = Record<string, unknown>;

const ALLOWED_KEYS: Readonly<Record<ProxyEventKindName, readonly string[]>> = {
  'rest-v1': ['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded'],
  'http-api-v1': ['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded'],
  'http-api-v2': ['statusCode', 'headers', 'cookies', 'body', 'isBase64Encoded'],
  'function-url': ['statusCode', 'headers', 'cookies', 'body', 'isBase64Encoded'],
  alb: ['statusCode', 'statusDescription', 'headers', 'body', 'isBase64Encoded'],
  'alb-multi-value': ['statusCode', 'statusDescription', 'multiValueHeaders', 'body', 'isBase64Encoded'],
};

const REQUIRED_KEYS: Readonly<Record<ProxyEventKindName, readonly string[]>> = {
  'rest-v1': ['statusCode', 'body'],
  'http-api-v1': ['statusCode', 'body'],
  // Without statusCode, HTTP API 2.0 and Function URLs treat the whole object as a 200 JSON body.
  'http-api-v2': ['statusCode', 'body'],
  'function-url': ['statusCode', 'body'],
  alb: ['statusCode', 'statusDescription', 'headers', 'body', 'isBase64Encoded'],
  'alb-multi-value': ['statusCode', 'statusDescription', 'multiValueHeaders', 'body', 'isBase64Encoded'],
};

export const ALB_MAX_RESPONSE_BYTES = 1024 * 1024;
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasLineBreak(text: string): boolean {
  return text.includes('\r') || text.includes('\n') || text.includes('\0');
}

function checkHeaderName(name: string, where: string, seen: Set<string>, problems: string[]): void {
  if (!HEADER_NAME.test(name)) problems.push(`${where}: invalid header name ${JSON.stringify(name)}`);
  const lower = name.toLowerCase();
  if (seen.has(lower))
    problems.push(`${where}: header ${JSON.stringify(name)} appears twice (case-insensitively)`);
  seen.add(lower);
}

function checkHeaders(headers: unknown, seen: Set<string>, problems: string[]): void {
  if (!isRecord(headers)) {
    problems.push('headers: must be an object');
    return;
  }
  for (const [name, value] of Object.entries(headers)) {
    checkHeaderName(name, 'headers', seen, problems);
    if (typeof value !== 'string') problems.push(`headers.${name}: must be a string, got ${typeof value}`);
    else if (hasLineBreak(value)) problems.push(`headers.${name}: contains CR, LF or NUL`);
  }
}

function checkMultiValueHeaders(headers: unknown, seen: Set<string>, problems: string[]): void {
  if (!isRecord(headers)) {
    problems.push('multiValueHeaders: must be an object');
    return;
  }
  for (const [name, values] of Object.entries(headers)) {
    checkHeaderName(name, 'multiValueHeaders', seen, problems);
    if (!Array.isArray(values) || values.length === 0) {
      problems.push(`multiValueHeaders.${name}: must be a non-empty array`);
      continue;
    }
    for (const value of values) {
      if (typeof value !== 'string') problems.push(`multiValueHeaders.${name}: values must be strings`);
      else if (hasLineBreak(value))
        problems.push(`multiValueHeaders.${name}: a value contains CR, LF or NUL`);
    }
  }
}

/** All values of a header, looked up case-insensitively in `headers` and `multiValueHeaders`. */
export function headerValues(response: unknown, name: string): string[] {
  if (!isRecord(response)) return [];
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (const [key, value] of Object.entries(isRecord(response.headers) ? response.headers : {})) {
    if (key.toLowerCase() === wanted) values.push(String(value));
  }
  for (const [key, list] of Object.entries(
    isRecord(response.multiValueHeaders) ? response.multiValueHeaders : {},
  )) {
    if (key.toLowerCase() === wanted && Array.isArray(list)) values.push(...list.map(String));
  }
  return values;
}

/** Every problem that would make this response invalid for the given event kind. */
export function proxyResponseProblems(kind: ProxyEventKindName, response: unknown): string[] {
  if (!isRecord(response)) return ['response: must be an object'];
  const problems: string[] = [];
  for (const key of Object.keys(response)) {
    if (!ALLOWED_KEYS[kind].includes(key)) problems.push(`key "${key}" is not allowed in a ${kind} response`);
  }
  for (const key of REQUIRED_KEYS[kind]) {
    if (!(key in response)) problems.push(`key "${key}" is required in a ${kind} response`);
  }
  const { statusCode, body, isBase64Encoded, cookies, statusDescription } = response;
  if (!Number.isInteger(statusCode) || (statusCode as number) < 100 || (statusCode as number) > 599) {
    problems.push(`statusCode: must be an integer from 100 to 599, got ${JSON.stringify(statusCode)}`);
  }
  if (typeof body !== 'string') problems.push(`body: must be a string, got ${typeof body}`);
  if (isBase64Encoded !== undefined && typeof isBase64Encoded !== 'boolean') {
    problems.push('isBase64Encoded: must be a boolean');
  }
  const seen = new Set<string>();
  if ('headers' in response) checkHeaders(response.headers, seen, problems);
  if ('multiValueHeaders' in response) checkMultiValueHeaders(response.multiValueHeaders, seen, problems);
  if ('cookies' in response) {
    if (!Array.isArray(cookies) || cookies.some((c) => typeof c !== 'string' || hasLineBreak(c))) {
      problems.push('cookies: must be an array of strings without CR/LF');
    }
  }
  if (kind === 'alb' || kind === 'alb-multi-value') {
    const expected = new RegExp(`^${String(statusCode)} [A-Za-z][A-Za-z -]*$`);
    if (typeof statusDescription !== 'string' || !expected.test(statusDescription)) {
      problems.push(
        `statusDescription: must be "<status> <reason>", got ${JSON.stringify(statusDescription)}`,
      );
    }
    if (Buffer.byteLength(JSON.stringify(response)) > ALB_MAX_RESPONSE_BYTES)
      problems.push('ALB response over 1 MB');
  }
  if (headerValues(response, 'content-type').length > 1) problems.push('Content-Type: more than one value');
  return problems;
}

/** Throws with every problem listed when the response is not valid for the kind. */
export function assertValidProxyResponse(kind: ProxyEventKindName, response: unknown): void {
  const problems = proxyResponseProblems(kind, response);
  if (problems.length > 0) {
    throw new Error(
      `invalid ${kind} response:\n  ${problems.join('\n  ')}\n${JSON.stringify(response, null, 2)}`,
    );
  }
}
