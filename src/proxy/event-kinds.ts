// The proxy event kinds, each in one place: how it is recognised, how its method and path are read, and its
// response shape and writer (one record per kind, EVENT_KINDS). Events of other sources are named for the warning.
import { statusTitle } from '../catalog/status-titles.js';
import type { ErrorReply } from './error-reply.js';

/** The proxy event kinds, each with its own response shape. */
export type ProxyEventKind =
  | 'rest-v1'
  | 'http-api-v1'
  | 'http-api-v2'
  | 'function-url'
  | 'alb'
  | 'alb-multi-value';

type Fields = Record<string, unknown>;

function fieldsOf(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null ? (value as Fields) : undefined;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The `requestContext` of an API Gateway WebSocket event: a `connectionId` and a `routeKey` or `eventType`
 * (CONNECT, MESSAGE, DISCONNECT). Its integration reads the REST v1 shape.
 */
function isWebSocketContext(requestContext: Fields): boolean {
  return (
    stringOf(requestContext.connectionId) !== undefined &&
    (stringOf(requestContext.routeKey) ?? stringOf(requestContext.eventType)) !== undefined
  );
}

/**
 * Recognises the HTTP events that take a response, each by the fields its source always sends:
 * `requestContext.elb` and `httpMethod` → ALB (multi-value mode when the event has `multiValueHeaders`);
 * `version: "2.0"` and `requestContext.http` → HTTP API 2.0, or a Function URL when the domain contains
 * `.lambda-url.`; `requestContext` and `httpMethod` → HTTP API payload 1.0 (`version: "1.0"`) or REST v1;
 * `requestContext.connectionId` with a `routeKey` or `eventType` → an API Gateway WebSocket route, answered in
 * the REST v1 shape its Lambda proxy integration reads. Any other event (SQS, Kafka, EventBridge, a direct
 * invocation...) is not an HTTP request: `undefined`. Never throws.
 */
export function detectEventKind(event: unknown): ProxyEventKind | undefined {
  try {
    const fields = fieldsOf(event);
    const requestContext = fieldsOf(fields?.requestContext);
    if (fields === undefined || requestContext === undefined) return undefined;
    const hasMethod = stringOf(fields.httpMethod) !== undefined;
    if (fieldsOf(requestContext.elb)) {
      if (!hasMethod) return undefined;
      return fieldsOf(fields.multiValueHeaders) ? 'alb-multi-value' : 'alb';
    }
    if (fields.version === '2.0') {
      if (!fieldsOf(requestContext.http)) return undefined;
      const domainName = stringOf(requestContext.domainName) ?? '';
      return domainName.includes('.lambda-url.') ? 'function-url' : 'http-api-v2';
    }
    if (hasMethod) return fields.version === '1.0' ? 'http-api-v1' : 'rest-v1';
    return isWebSocketContext(requestContext) ? 'rest-v1' : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the request is a HEAD (any case): its response has no body. Read without a new string for most
 * requests, since only a four-letter method can be HEAD. Never throws.
 */
export function isHeadRequest(event: unknown, kind: ProxyEventKind): boolean {
  try {
    const fields = event as Fields;
    const method = EVENT_KINDS[kind].v2
      ? fieldsOf(fieldsOf(fields.requestContext)?.http)?.method
      : fields.httpMethod;
    return (
      typeof method === 'string' &&
      method.length === 4 &&
      (method === 'HEAD' || method.toUpperCase() === 'HEAD')
    );
  } catch {
    return false;
  }
}

/** The request path of an event of this kind (the problem's `instance`), when it has one. Never throws. */
export function requestPathOf(event: unknown, kind: ProxyEventKind): string | undefined {
  try {
    const fields = event as Fields;
    return EVENT_KINDS[kind].v2 ? stringOf(fields.rawPath) : stringOf(fields.path);
  } catch {
    return undefined;
  }
}

function recordSource(records: unknown[]): string {
  const first = fieldsOf(records[0]);
  return stringOf(first?.eventSource) ?? stringOf(first?.EventSource) ?? 'Records';
}

function eventBridgeSource(fields: Fields): string | undefined {
  const detailType = stringOf(fields['detail-type']);
  if (detailType === undefined) return undefined;
  const source = stringOf(fields.source);
  return source === undefined ? detailType : `${source} ${detailType}`;
}

/** The sources whose events name no `eventSource` of their own, each by the field that marks it. */
function unnamedSource(fields: Fields): string | undefined {
  if (stringOf(fields.deliveryStreamArn) !== undefined && Array.isArray(fields.records)) return 'Firehose';
  if (stringOf(fieldsOf(fields.awslogs)?.data) !== undefined) return 'CloudWatch Logs';
  const trigger = stringOf(fields.triggerSource);
  if (trigger !== undefined) return `Cognito ${trigger}`;
  if (Array.isArray(fields.events) && stringOf(fields.eventSourceArn) !== undefined) return 'DocumentDB';
  return undefined;
}

/**
 * Names the source of an event that is not an HTTP request, for the warning: the `eventSource` of its
 * records (SQS, SNS, S3, DynamoDB, Kinesis) or its own (`aws:kafka`, `SelfManagedKafka`, `aws:mq`,
 * `aws:rmq`, `aws:docdb`), EventBridge's source and `detail-type`, Firehose, CloudWatch Logs, a Cognito
 * trigger; else "an event of no known source" (a direct invocation, say). Never throws.
 */
export function eventSourceName(event: unknown): string {
  try {
    const fields = fieldsOf(event);
    if (fields === undefined) return `a ${event === null ? 'null' : typeof event} event`;
    if (Array.isArray(fields.Records)) return recordSource(fields.Records);
    return (
      eventBridgeSource(fields) ??
      stringOf(fields.eventSource) ??
      unnamedSource(fields) ??
      'an event of no known source'
    );
  } catch {
    return 'an event of no known source';
  }
}

/** REST API and HTTP API payload 1.0 response: only these keys, or API Gateway answers 502. */
export interface RestV1ErrorResponse {
  statusCode: number;
  headers: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  body: string;
  isBase64Encoded: false;
}

/** HTTP API payload 2.0 and Function URL response. No `multiValueHeaders`: that key does not exist here. */
export interface HttpApiV2ErrorResponse {
  statusCode: number;
  headers: Record<string, string>;
  cookies?: string[];
  body: string;
  isBase64Encoded: false;
}

/** ALB response with single-value headers (the target group's default). */
export interface AlbErrorResponse {
  statusCode: number;
  statusDescription: string;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: false;
}

/** ALB response when the target group has multi-value headers on (the event then had `multiValueHeaders`). */
export interface AlbMultiValueErrorResponse {
  statusCode: number;
  statusDescription: string;
  multiValueHeaders: Record<string, string[]>;
  body: string;
  isBase64Encoded: false;
}

/** Any of the response shapes the middleware writes; which one depends on the event that arrived. */
export type ProxyErrorResponse =
  | RestV1ErrorResponse
  | HttpApiV2ErrorResponse
  | AlbErrorResponse
  | AlbMultiValueErrorResponse;

/** ALB's status line text, e.g. "404 Not Found". */
function statusDescription(status: number): string {
  return `${status} ${statusTitle(status)}`;
}

/**
 * Single-valued headers go to `headers`, headers with several values (e.g. two Set-Cookie) to
 * `multiValueHeaders` only: API Gateway merges the two maps, and a name in both would be sent twice.
 */
function writeRestV1(reply: ErrorReply): RestV1ErrorResponse {
  const headers: Record<string, string> = { 'Content-Type': reply.contentType };
  let multiValueHeaders: Record<string, string[]> | undefined;
  if (reply.headers !== undefined) {
    for (const { name, values } of reply.headers.values()) {
      if (values.length === 1) {
        headers[name] = values[0]!;
      } else {
        multiValueHeaders ??= {};
        multiValueHeaders[name] = [...values];
      }
    }
  }
  return multiValueHeaders
    ? { statusCode: reply.status, headers, multiValueHeaders, body: reply.body, isBase64Encoded: false }
    : { statusCode: reply.status, headers, body: reply.body, isBase64Encoded: false };
}

/**
 * Duplicate headers are comma-joined, as HTTP API does itself. Set-Cookie cannot be joined that way,
 * so its values go to `cookies`, which appears only when the response has cookies at all.
 */
function writeHttpApiV2(reply: ErrorReply): HttpApiV2ErrorResponse {
  const headers: Record<string, string> = { 'Content-Type': reply.contentType };
  let cookies = reply.cookies ? [...reply.cookies] : undefined;
  if (reply.headers !== undefined) {
    for (const [key, { name, values }] of reply.headers) {
      if (key === 'set-cookie') cookies = [...(cookies ?? []), ...values];
      else headers[name] = values.join(', ');
    }
  }
  return cookies
    ? { statusCode: reply.status, headers, cookies, body: reply.body, isBase64Encoded: false }
    : { statusCode: reply.status, headers, body: reply.body, isBase64Encoded: false };
}

/**
 * Single-value mode: duplicates are comma-joined, except Set-Cookie, which cannot be, so the last one
 * wins (as ALB would keep only one).
 */
function writeAlb(reply: ErrorReply): AlbErrorResponse {
  const headers: Record<string, string> = { 'Content-Type': reply.contentType };
  if (reply.headers !== undefined) {
    for (const [key, { name, values }] of reply.headers) {
      headers[name] = key === 'set-cookie' ? values.at(-1)! : values.join(', ');
    }
  }
  return {
    statusCode: reply.status,
    statusDescription: statusDescription(reply.status),
    headers,
    body: reply.body,
    isBase64Encoded: false,
  };
}

function writeAlbMultiValue(reply: ErrorReply): AlbMultiValueErrorResponse {
  const multiValueHeaders: Record<string, string[]> = { 'Content-Type': [reply.contentType] };
  if (reply.headers !== undefined) {
    for (const { name, values } of reply.headers.values()) multiValueHeaders[name] = [...values];
  }
  return {
    statusCode: reply.status,
    statusDescription: statusDescription(reply.status),
    multiValueHeaders,
    body: reply.body,
    isBase64Encoded: false,
  };
}

interface EventKind {
  /**
   * Whether the event carries its method and path the HTTP API 2.0 way (`requestContext.http.method`, `rawPath`)
   * rather than as `httpMethod` and `path`.
   */
  readonly v2: boolean;
  /** The reply in this kind's response shape. */
  readonly write: (reply: ErrorReply) => ProxyErrorResponse;
}

/** Each proxy event kind: how its request is read and how its response is written. */
const EVENT_KINDS: Readonly<Record<ProxyEventKind, EventKind>> = {
  'rest-v1': { v2: false, write: writeRestV1 },
  'http-api-v1': { v2: false, write: writeRestV1 },
  'http-api-v2': { v2: true, write: writeHttpApiV2 },
  'function-url': { v2: true, write: writeHttpApiV2 },
  alb: { v2: false, write: writeAlb },
  'alb-multi-value': { v2: false, write: writeAlbMultiValue },
};

/** The reply in the shape of the event kind that arrived. */
export function writeResponse(kind: ProxyEventKind, reply: ErrorReply): ProxyErrorResponse {
  return EVENT_KINDS[kind].write(reply);
}
