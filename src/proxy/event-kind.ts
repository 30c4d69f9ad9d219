/** The proxy event kinds, each with its own response shape. */
export type ProxyEventKind =
  | 'rest-v1'
  | 'http-api-v1'
  | 'http-api-v2'
  | 'function-url'
  | 'alb'
  | 'alb-multi-value';

/** What a response writer needs from the event: its kind, whether it is a HEAD request, and the path. */
export interface ProxyRequestInfo {
  kind: ProxyEventKind;
  /** Whether the request is a HEAD (any case): its response has no body. */
  isHead: boolean;
  /** The request path, when the event carries one. */
  path: string | undefined;
}

type Fields = Record<string, unknown>;

function fieldsOf(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null ? (value as Fields) : undefined;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Detects the event kind the way DESIGN.md lists it: `requestContext.elb` → ALB (multi-value mode when
 * the event has `multiValueHeaders`); `version: "2.0"` → HTTP API 2.0, or a Function URL when the domain
 * contains `.lambda-url.`; `version: "1.0"` → HTTP API payload 1.0; anything else (REST v1, and events
 * of no known kind such as a direct invoke) → the REST v1 shape, the one every proxy kind accepts.
 */
export function detectEventKind(event: unknown): ProxyEventKind {
  const fields = fieldsOf(event);
  const requestContext = fieldsOf(fields?.requestContext);
  if (fields === undefined) return 'rest-v1';
  if (fieldsOf(requestContext?.elb)) {
    return fieldsOf(fields.multiValueHeaders) ? 'alb-multi-value' : 'alb';
  }
  if (fields.version === '2.0') {
    const domainName = stringOf(requestContext?.domainName) ?? '';
    return domainName.includes('.lambda-url.') ? 'function-url' : 'http-api-v2';
  }
  if (fields.version === '1.0' && requestContext) return 'http-api-v1';
  return 'rest-v1';
}

function isHeadRequest(fields: Fields, kind: ProxyEventKind): boolean {
  const method =
    kind === 'http-api-v2' || kind === 'function-url'
      ? fieldsOf(fieldsOf(fields.requestContext)?.http)?.method
      : fields.httpMethod;
  // Only a four-letter method can be HEAD: most requests are settled without a new string.
  return (
    typeof method === 'string' &&
    method.length === 4 &&
    (method === 'HEAD' || method.toUpperCase() === 'HEAD')
  );
}

function pathOf(fields: Fields, kind: ProxyEventKind): string | undefined {
  return kind === 'http-api-v2' || kind === 'function-url' ? stringOf(fields.rawPath) : stringOf(fields.path);
}

/** Kind, HEAD or not, and path of an event; never throws, whatever the event holds. */
export function readRequestInfo(event: unknown): ProxyRequestInfo {
  try {
    const kind = detectEventKind(event);
    const fields = fieldsOf(event);
    if (fields === undefined) return { kind, isHead: false, path: undefined };
    return { kind, isHead: isHeadRequest(fields, kind), path: pathOf(fields, kind) };
  } catch {
    return { kind: 'rest-v1', isHead: false, path: undefined };
  }
}

function recordSource(records: unknown[]): string {
  const first = fieldsOf(records[0]);
  return stringOf(first?.eventSource) ?? stringOf(first?.EventSource) ?? 'Records';
}

/**
 * The source of an event that is clearly not an HTTP request, else undefined: an event with `Records`
 * (SQS, SNS, S3, DynamoDB and Kinesis streams) or with EventBridge's `detail-type` (scheduled events
 * too), and no `requestContext` or `httpMethod`. Never throws.
 */
export function nonHttpEventSource(event: unknown): string | undefined {
  try {
    const fields = fieldsOf(event);
    if (fields === undefined || 'requestContext' in fields || 'httpMethod' in fields) return undefined;
    if (Array.isArray(fields.Records)) return recordSource(fields.Records);
    const detailType = stringOf(fields['detail-type']);
    if (detailType === undefined) return undefined;
    const source = stringOf(fields.source);
    return source === undefined ? detailType : `${source} ${detailType}`;
  } catch {
    return undefined;
  }
}
