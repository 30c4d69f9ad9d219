import type { ProxyEventKind } from '../proxy/event-kinds.js';

/** Which proxy integration the result goes back through: the kinds `detectEventKind` names. */
export type { ProxyEventKind };

/** What the client receives. `headers` joins repeated values with ", "; `multiValueHeaders` keeps every line. */
export interface ProxyClientResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly multiValueHeaders: Record<string, string[]>;
  /** The body as text; a base64 result (isBase64Encoded) is decoded, then read as UTF-8. */
  readonly body: string;
}

class MalformedResult extends Error {}

const REST_KEYS = new Set(['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded']);
const ALB_BAD_GATEWAY =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n';

/**
 * What API Gateway, a Function URL or an ALB sends the client for a handler's proxy result, including the
 * error they answer with when the result is malformed (REST 502, HTTP API 500, Function URL 502, ALB 502).
 */
export function proxyResult(result: unknown, eventKind: ProxyEventKind): ProxyClientResponse {
  try {
    switch (eventKind) {
      case 'rest-v1':
      case 'http-api-v1':
        return restResponse(result, eventKind);
      case 'http-api-v2':
      case 'function-url':
        return v2Response(result);
      case 'alb':
      case 'alb-multi-value':
        return albResponse(result, eventKind === 'alb-multi-value');
      default:
        throw new Error(
          `unknown proxy event kind ${JSON.stringify(eventKind)}: use rest-v1, http-api-v1, http-api-v2, function-url, alb or alb-multi-value`,
        );
    }
  } catch (error) {
    if (error instanceof MalformedResult) return malformed(eventKind);
    throw error;
  }
}

function malformed(eventKind: ProxyEventKind): ProxyClientResponse {
  switch (eventKind) {
    case 'rest-v1':
      return plain(502, 'application/json', '{"message": "Internal server error"}');
    case 'http-api-v1':
    case 'http-api-v2':
      return plain(500, 'application/json', '{"message":"Internal Server Error"}');
    case 'function-url':
      return plain(502, 'text/plain', 'Internal Server Error');
    default:
      return plain(502, 'text/html', ALB_BAD_GATEWAY);
  }
}

function plain(statusCode: number, contentType: string, body: string): ProxyClientResponse {
  return {
    statusCode,
    headers: { 'Content-Type': contentType },
    multiValueHeaders: { 'Content-Type': [contentType] },
    body,
  };
}

function restResponse(result: unknown, eventKind: 'rest-v1' | 'http-api-v1'): ProxyClientResponse {
  const object = asObject(result);
  if (Object.keys(object).some((key) => !REST_KEYS.has(key))) throw new MalformedResult();
  const lines = new HeaderLines();
  if (eventKind === 'rest-v1') lines.set('Content-Type', ['application/json']);
  for (const [name, value] of Object.entries(singleHeaders(object.headers))) lines.set(name, [value]);
  for (const [name, values] of Object.entries(multiHeaders(object.multiValueHeaders)))
    lines.set(name, values);
  return { statusCode: statusOf(object), ...lines.view(), body: bodyOf(object) };
}

function v2Response(result: unknown): ProxyClientResponse {
  const isResponse =
    typeof result === 'object' && result !== null && !Array.isArray(result) && 'statusCode' in result;
  if (!isResponse) {
    // No statusCode: the whole result is a 200 JSON body (a string result is sent as its text).
    const body = typeof result === 'string' ? result : JSON.stringify(result ?? null);
    return plain(200, 'application/json', body);
  }
  const object = result as Record<string, unknown>;
  const lines = new HeaderLines();
  for (const [name, value] of Object.entries(singleHeaders(object.headers))) lines.set(name, [value]);
  if (object.cookies !== undefined) {
    if (!Array.isArray(object.cookies) || object.cookies.some((cookie) => typeof cookie !== 'string')) {
      throw new MalformedResult();
    }
    if (object.cookies.length > 0) lines.set('Set-Cookie', object.cookies as string[]);
  }
  return { statusCode: statusOf(object), ...lines.view(), body: bodyOf(object) };
}

function albResponse(result: unknown, multiValue: boolean): ProxyClientResponse {
  const object = asObject(result);
  const lines = new HeaderLines();
  if (multiValue) {
    for (const [name, values] of Object.entries(multiHeaders(object.multiValueHeaders)))
      lines.set(name, values);
  } else {
    for (const [name, value] of Object.entries(singleHeaders(object.headers))) lines.set(name, [value]);
  }
  return { statusCode: statusOf(object), ...lines.view(), body: bodyOf(object) };
}

function asObject(result: unknown): Record<string, unknown> {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) throw new MalformedResult();
  return result as Record<string, unknown>;
}

function statusOf(object: Record<string, unknown>): number {
  const status = object.statusCode;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) {
    throw new MalformedResult();
  }
  return status;
}

function bodyOf(object: Record<string, unknown>): string {
  const { body, isBase64Encoded } = object;
  if (isBase64Encoded !== undefined && typeof isBase64Encoded !== 'boolean') throw new MalformedResult();
  if (body === undefined || body === null) return '';
  if (typeof body !== 'string') throw new MalformedResult();
  return isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body;
}

function headerValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new MalformedResult();
}

function singleHeaders(headers: unknown): Record<string, string> {
  if (headers === undefined || headers === null) return {};
  const object = asObject(headers);
  return Object.fromEntries(Object.entries(object).map(([name, value]) => [name, headerValue(value)]));
}

function multiHeaders(headers: unknown): Record<string, string[]> {
  if (headers === undefined || headers === null) return {};
  const object = asObject(headers);
  return Object.fromEntries(
    Object.entries(object).map(([name, values]) => {
      if (!Array.isArray(values)) throw new MalformedResult();
      return [name, values.map(headerValue)];
    }),
  );
}

/** Header lines by name; a later set of a name (any case) replaces the earlier values. */
class HeaderLines {
  readonly #lines = new Map<string, { name: string; values: string[] }>();

  set(name: string, values: string[]): void {
    this.#lines.set(name.toLowerCase(), { name, values });
  }

  view(): { headers: Record<string, string>; multiValueHeaders: Record<string, string[]> } {
    const headers: Record<string, string> = {};
    const multiValueHeaders: Record<string, string[]> = {};
    for (const { name, values } of this.#lines.values()) {
      if (values.length === 0) continue;
      headers[name] = values.join(', ');
      multiValueHeaders[name] = values;
    }
    return { headers, multiValueHeaders };
  }
}
