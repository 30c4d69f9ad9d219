// The proxy response as proxyErrorResponse wrote it before the direct writers (issue 13 item 2), kept as the
// oracle of the byte-identity test: JSON.stringify for the body, a header list and a writer per kind for every
// response, the method upper-cased. The helpers this change did not touch are imported from src.
import type { MappedError } from '../../src/catalog/catalog-types.js';
import { classify } from '../../src/catalog/classify.js';
import type { ErrorCatalog } from '../../src/catalog/define-catalog.js';
import { isRetryAfterSeconds } from '../../src/catalog/retry-after.js';
import { statusTitle } from '../../src/catalog/status-titles.js';
import { buildProblem, mayExposeDetail, type ProblemDocument } from '../../src/problem/build-problem.js';
import {
  MAX_PROBLEM_JSON_BYTES,
  renderProblemText,
  standardMembersOnly,
} from '../../src/problem/render-problem.js';
import {
  addHeaderIfAbsent,
  cookiesOfResponse,
  type HeaderList,
  headersOfResponse,
} from '../../src/proxy/error-reply.js';
import { detectEventKind, type ProxyEventKind } from '../../src/proxy/event-kinds.js';
import { readRequestId } from '../../src/util/safe-read.js';
import { truncateUtf8 } from '../../src/util/utf8.js';

export type ReferenceFormat = 'problem+json' | 'json' | 'text';

export interface ReferenceOptions {
  readonly catalog: ErrorCatalog;
  readonly format: ReferenceFormat;
  readonly exposeServerErrors: boolean;
  readonly maxDetailBytes: number;
}

const CONTENT_TYPES: Readonly<Record<ReferenceFormat, string>> = {
  'problem+json': 'application/problem+json',
  json: 'application/json',
  text: 'text/plain; charset=utf-8',
};
const MAX_INSTANCE_BYTES = 2048;
const LAST_RESORT = {
  statusCode: 500,
  headers: { 'Content-Type': 'application/problem+json' },
  body: '{"type":"about:blank","title":"Internal Server Error","status":500,"detail":"Internal Server Error"}',
  isBase64Encoded: false,
};

type Fields = Record<string, unknown>;
const fieldsOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as Fields) : undefined;
const stringOf = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
const isV2 = (kind: ProxyEventKind) => kind === 'http-api-v2' || kind === 'function-url';

function requestInfo(event: unknown): { kind: ProxyEventKind; method?: string; path?: string } {
  const kind = detectEventKind(event);
  if (kind === undefined) throw new Error('the reference answers HTTP events only');
  try {
    const fields = fieldsOf(event);
    if (fields === undefined) return { kind };
    const method = isV2(kind) ? fieldsOf(fieldsOf(fields.requestContext)?.http)?.method : fields.httpMethod;
    const path = isV2(kind) ? stringOf(fields.rawPath) : stringOf(fields.path);
    return { kind, method: stringOf(method)?.toUpperCase(), path };
  } catch {
    return { kind };
  }
}

function renderProblemJson(problem: ProblemDocument): string {
  let full: string | undefined;
  try {
    full = JSON.stringify(problem);
  } catch {
    full = undefined;
  }
  if (full !== undefined && Buffer.byteLength(full) <= MAX_PROBLEM_JSON_BYTES) return full;
  return JSON.stringify(standardMembersOnly(problem));
}

function write(
  kind: ProxyEventKind,
  status: number,
  contentType: string,
  list: HeaderList,
  body: string,
  cookies?: string[],
) {
  const statusDescription = `${status} ${statusTitle(status)}`;
  const headers: Record<string, string> = { 'Content-Type': contentType };
  if (kind === 'alb-multi-value') {
    const multiValueHeaders: Record<string, string[]> = { 'Content-Type': [contentType] };
    for (const { name, values } of list.values()) multiValueHeaders[name] = [...values];
    return { statusCode: status, statusDescription, multiValueHeaders, body, isBase64Encoded: false };
  }
  if (kind === 'alb') {
    for (const [key, { name, values }] of list)
      headers[name] = key === 'set-cookie' ? values.at(-1)! : values.join(', ');
    return { statusCode: status, statusDescription, headers, body, isBase64Encoded: false };
  }
  if (isV2(kind)) {
    let all = cookies ? [...cookies] : undefined;
    for (const [key, { name, values }] of list) {
      if (key === 'set-cookie') all = [...(all ?? []), ...values];
      else headers[name] = values.join(', ');
    }
    return all
      ? { statusCode: status, headers, cookies: all, body, isBase64Encoded: false }
      : { statusCode: status, headers, body, isBase64Encoded: false };
  }
  const multiValueHeaders: Record<string, string[]> = {};
  let hasMultiValue = false;
  for (const { name, values } of list.values()) {
    if (values.length === 1) headers[name] = values[0]!;
    else {
      multiValueHeaders[name] = [...values];
      hasMultiValue = true;
    }
  }
  return hasMultiValue
    ? { statusCode: status, headers, multiValueHeaders, body, isBase64Encoded: false }
    : { statusCode: status, headers, body, isBase64Encoded: false };
}

function responseFor(
  mapped: MappedError,
  event: unknown,
  previous: unknown,
  requestId: string | undefined,
  options: ReferenceOptions,
) {
  const info = requestInfo(event);
  const problem = buildProblem(mapped, {
    exposeServerErrors: options.exposeServerErrors,
    maxDetailBytes: options.maxDetailBytes,
    requestId,
    instance: info.path === undefined ? undefined : truncateUtf8(info.path, MAX_INSTANCE_BYTES),
  });
  const list = headersOfResponse(previous);
  const own = mayExposeDetail(mapped, options.exposeServerErrors) ? mapped.headers : {};
  for (const [name, value] of Object.entries(own)) addHeaderIfAbsent(list, name, value);
  if (isRetryAfterSeconds(mapped.retryAfter))
    addHeaderIfAbsent(list, 'Retry-After', String(mapped.retryAfter));
  const body =
    info.method === 'HEAD'
      ? ''
      : options.format === 'text'
        ? renderProblemText(problem)
        : renderProblemJson(problem);
  const cookies = isV2(info.kind) ? cookiesOfResponse(previous) : undefined;
  return write(info.kind, mapped.status, CONTENT_TYPES[options.format], list, body, cookies);
}

/** What proxyErrorResponse (logger off) set as `request.response` before the direct writers. */
export function referenceProxyResponse(
  thrown: unknown,
  event: unknown,
  context: unknown,
  previous: unknown,
  options: ReferenceOptions,
): unknown {
  try {
    return responseFor(classify(thrown, options.catalog), event, previous, readRequestId(context), options);
  } catch {
    return { ...LAST_RESORT, headers: { ...LAST_RESORT.headers } };
  }
}
