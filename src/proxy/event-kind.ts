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

/** Kind, HEAD or not, and path of an HTTP event; undefined for any other event. Never throws. */
export function readRequestInfo(event: unknown): ProxyRequestInfo | undefined {
  const kind = detectEventKind(event);
  if (kind === undefined) return undefined;
  try {
    const fields = event as Fields;
    return { kind, isHead: isHeadRequest(fields, kind), path: pathOf(fields, kind) };
  } catch {
    return { kind, isHead: false, path: undefined };
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
