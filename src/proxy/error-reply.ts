import type { ProblemDocument } from '../problem/build-problem.js';
import { renderProblemJson, renderProblemText, writeStandardProblemJson } from '../problem/render-problem.js';
import { isSafeHeaderName, isSafeHeaderValue } from '../util/header-rules.js';
import { ownEntries } from '../util/safe-read.js';

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
  'problem+json': 'application/problem+json',
  json: 'application/json',
  text: 'text/plain; charset=utf-8',
};

export function contentTypeOf(format: ProxyResponseFormat): string {
  return CONTENT_TYPES[format];
}

/** The body; `standardOnly` says the problem holds standard members only (buildProblem's `showsExtensions`). */
export function renderBody(
  problem: ProblemDocument,
  format: ProxyResponseFormat,
  standardOnly: boolean,
): string {
  if (format === 'text') return renderProblemText(problem);
  return standardOnly ? writeStandardProblemJson(problem) : renderProblemJson(problem);
}
