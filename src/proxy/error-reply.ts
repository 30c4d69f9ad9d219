// The error response before it takes the shape of an event kind: its status, content type, headers (those
// already on the response kept, the error's own added) and body. The proxy middleware and problemResponder
// build it alike; event-kinds.ts writes it in the shape of each event kind.
import type { MappedError } from '../catalog/catalog-types.js';
import { hasEntries } from '../catalog/mapped.js';
import { PROBLEM_CONTENT_TYPE } from '../contract/wire.js';
import { optionError } from '../options/common-options.js';
import {
  detailOf,
  exposesOwnExtensions,
  mayExposeDetail,
  problemOf,
  retryAfterMember,
} from '../problem/build-problem.js';
import { problemJson, renderProblemText, standardMembersJson } from '../problem/render-problem.js';
import { isSafeHeaderName, isSafeHeaderValue } from '../util/header-rules.js';
import { ownEntries } from '../util/safe-read.js';
import { truncateUtf8 } from '../util/utf8.js';

/** One response header with every value it has, under the spelling it was first given. */
export interface HeaderEntry {
  name: string;
  values: string[];
}

/** Response headers keyed by lower-case name, in insertion order. */
export type HeaderList = Map<string, HeaderEntry>;

/** A header value as a string if it is a safe one, else undefined. Proxy responses allow booleans and numbers. */
export function safeHeaderValue(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string' || !isSafeHeaderValue(value)) return undefined;
  return value;
}

/** Adds a value; names compare case-insensitively. Unsafe names and values are dropped silently. */
export function addHeader(list: HeaderList, name: string, value: unknown): void {
  const text = safeHeaderValue(value);
  if (text === undefined || !isSafeHeaderName(name)) return;
  const key = name.toLowerCase();
  const entry = list.get(key);
  if (entry) entry.values.push(text);
  else list.set(key, { name, values: [text] });
}

/** Sets a header only if no header of that name (in any case) is there yet. */
export function addHeaderIfAbsent(list: HeaderList, name: string, value: unknown): void {
  if (!list.has(name.toLowerCase())) addHeader(list, name, value);
}

function entriesOf(value: unknown): [string, unknown][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return ownEntries(value);
}

/**
 * The headers already on `request.response` (set by the handler or by another middleware, e.g. CORS),
 * from both `headers` and `multiValueHeaders`. A name present in both keeps the multi-value values,
 * as API Gateway does.
 */
export function headersOfResponse(response: unknown): HeaderList {
  const list: HeaderList = new Map();
  if (typeof response !== 'object' || response === null) return list;
  const { headers, multiValueHeaders } = response as Record<string, unknown>;
  for (const [name, values] of entriesOf(multiValueHeaders)) {
    if (Array.isArray(values)) for (const value of values) addHeader(list, name, value);
  }
  for (const [name, value] of entriesOf(headers)) {
    if (!list.has(name.toLowerCase())) addHeader(list, name, value);
  }
  return list;
}

/** The cookies already on a v2 / Function URL response, if it had a `cookies` array. */
export function cookiesOfResponse(response: unknown): string[] | undefined {
  if (typeof response !== 'object' || response === null) return undefined;
  const cookies = (response as Record<string, unknown>).cookies;
  if (!Array.isArray(cookies)) return undefined;
  return cookies.filter(
    (cookie): cookie is string => safeHeaderValue(cookie) === cookie && typeof cookie === 'string',
  );
}

/** How the error body is written: RFC 9457 (default), the same members as plain JSON, or plain text. */
export type ProxyResponseFormat = 'problem+json' | 'json' | 'text';

export const PROXY_RESPONSE_FORMATS: readonly ProxyResponseFormat[] = ['problem+json', 'json', 'text'];

const CONTENT_TYPES: Readonly<Record<ProxyResponseFormat, string>> = {
  'problem+json': PROBLEM_CONTENT_TYPE,
  json: 'application/json',
  text: 'text/plain; charset=utf-8',
};

export function contentTypeOf(format: ProxyResponseFormat): string {
  return CONTENT_TYPES[format];
}

export function resolveFormat(caller: string, format: unknown): ProxyResponseFormat {
  if (format === undefined) return 'problem+json';
  if (PROXY_RESPONSE_FORMATS.includes(format as ProxyResponseFormat)) return format as ProxyResponseFormat;
  throw optionError(
    caller,
    'format',
    `one of ${PROXY_RESPONSE_FORMATS.map((f) => `"${f}"`).join(', ')}`,
    format,
  );
}

/** The body sent if building the real response failed. */
export const LAST_RESORT_BODY =
  '{"type":"about:blank","title":"Internal Server Error","status":500,"detail":"Internal Server Error"}';

const MAX_INSTANCE_BYTES = 2048;

/** A finished error response, before it is put in the shape of one event kind. */
export interface ErrorReply {
  status: number;
  contentType: string;
  /** Every other header, Content-Type excluded (the writers put it first); undefined when there is none. */
  headers: HeaderList | undefined;
  body: string;
  /** Cookies the response already had as a `cookies` array (the HTTP API 2.0 and Function URL writers send them). */
  cookies: string[] | undefined;
}

/** What the reply depends on besides the error and the request. */
export interface ReplySettings {
  readonly format: ProxyResponseFormat;
  readonly exposeServerErrors: boolean;
  readonly maxDetailBytes: number;
}

/** Sent whatever the status, exactly when the problem carries `retryAfter` (the non-proxy templates do the same). */
function retryAfterHeader(mapped: MappedError): string | undefined {
  const seconds = retryAfterMember(mapped);
  return seconds === undefined ? undefined : String(seconds);
}

/**
 * `headers` with the error's own headers (when `exposed`) and its `Retry-After` added, never replacing one already
 * there; a list is made only when there is a header to add. A hidden (5xx) error's own headers are hidden with
 * it, as @middy/http-error-handler does: they can carry secrets.
 */
function withErrorHeaders(
  headers: HeaderList | undefined,
  mapped: MappedError,
  exposed: boolean,
): HeaderList | undefined {
  let list = headers;
  if (exposed && hasEntries(mapped.headers)) {
    list ??= new Map();
    for (const [name, value] of Object.entries(mapped.headers)) addHeaderIfAbsent(list, name, value);
  }
  const retryAfter = retryAfterHeader(mapped);
  if (retryAfter !== undefined) {
    list ??= new Map();
    addHeaderIfAbsent(list, 'Retry-After', retryAfter);
  }
  return list;
}

function bodyFor(
  mapped: MappedError,
  exposed: boolean,
  path: string | undefined,
  requestId: string | undefined,
  settings: ReplySettings,
): string {
  const instance = path === undefined ? undefined : truncateUtf8(path, MAX_INSTANCE_BYTES);
  if (settings.format !== 'text' && !exposesOwnExtensions(mapped, exposed)) {
    // The problem problemOf would build holds standard members only: written from them, without building it.
    const detail = detailOf(mapped, exposed, settings.maxDetailBytes);
    const retryAfter = retryAfterMember(mapped);
    return standardMembersJson(
      mapped.type,
      mapped.title,
      mapped.status,
      detail,
      instance,
      requestId,
      retryAfter,
    );
  }
  const problem = problemOf(mapped, exposed, {
    maxDetailBytes: settings.maxDetailBytes,
    requestId,
    instance,
  });
  return settings.format === 'text' ? renderProblemText(problem) : problemJson(problem);
}

/**
 * The reply for a mapped error; `path` is the request path, the problem's `instance`. `previousResponse` is
 * whatever the response held before (e.g. CORS headers set by another middleware): its headers and cookies are
 * kept, the error's own headers add to them but do not replace them. Whether the error's detail, extensions and
 * headers are exposed is decided here, once.
 */
export function replyFor(
  mapped: MappedError,
  path: string | undefined,
  previousResponse: unknown,
  requestId: string | undefined,
  settings: ReplySettings,
): ErrorReply {
  const exposed = mayExposeDetail(mapped, settings.exposeServerErrors);
  const hasPrevious = previousResponse !== undefined && previousResponse !== null;
  return {
    status: mapped.status,
    contentType: CONTENT_TYPES[settings.format],
    headers: withErrorHeaders(hasPrevious ? headersOfResponse(previousResponse) : undefined, mapped, exposed),
    body: bodyFor(mapped, exposed, path, requestId, settings),
    cookies: hasPrevious ? cookiesOfResponse(previousResponse) : undefined,
  };
}
