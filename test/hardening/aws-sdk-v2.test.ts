// Issue 20, item 2: AWS SDK v2 errors are recognised by their whole shape and treated as v3 service
// exceptions: never exposed, `awsExceptions` overrides, conflicts 409, throttling 503 + Retry-After, other
// client faults 500, server faults 502. The errors are built by the real `aws-sdk` v2 against 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import AWS from 'aws-sdk';
import { CONFLICT_DETAIL } from '../../src/catalog/dependency-errors.js';
import { classify, defaultCatalog, defineErrorCatalog, type ErrorCatalog } from '../../src/index.js';
import { proxyView, taggedView } from '../support/cross-path.js';
import { type LocalServer, startLocalServer } from '../support/local-server.js';

const ACCESS_DENIED =
  'User: arn:aws:sts::123456789012:assumed-role/orders-api/fn is not authorized to perform dynamodb:PutItem on resource: arn:aws:dynamodb:eu-west-1:123456789012:table/orders-prod';

/** What the fake DynamoDB answers for a table named after an error: `<status>-<exception name>`. */
function dynamoError(tableName: string): { status: number; body: string } {
  const [status = '400', name = 'ValidationException'] = tableName.split('-');
  const message = name === 'AccessDeniedException' ? ACCESS_DENIED : `secret detail of table ${tableName}`;
  return {
    status: Number(status),
    body: JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${name}`, message }),
  };
}

let server: LocalServer;
let documents: AWS.DynamoDB.DocumentClient;
let s3: AWS.S3;

beforeAll(async () => {
  server = await startLocalServer((request, body, response) => {
    if (request.headers['x-amz-target'] === undefined) {
      // S3: an XML error for every request.
      response.writeHead(403, { 'content-type': 'application/xml', 'x-amz-request-id': 'S3REQ1' });
      response.end(
        '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied to bucket orders-prod</Message><RequestId>S3REQ1</RequestId></Error>',
      );
      return;
    }
    const { TableName } = JSON.parse(body) as { TableName: string };
    const { status, body: errorBody } = dynamoError(TableName);
    response.writeHead(status, {
      'content-type': 'application/x-amz-json-1.0',
      'x-amzn-requestid': 'REQ0123456789ABCDEF',
    });
    response.end(errorBody);
  });
  const options = {
    region: 'eu-west-1',
    endpoint: server.url,
    credentials: new AWS.Credentials({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' }),
    maxRetries: 0,
  };
  documents = new AWS.DynamoDB.DocumentClient(options);
  s3 = new AWS.S3({ ...options, s3ForcePathStyle: true });
});

afterAll(() => server.close());

async function v2Error(tableName: string): Promise<Error> {
  try {
    await documents.put({ TableName: tableName, Item: { id: '42' } }).promise();
  } catch (error) {
    return error as Error;
  }
  throw new Error('the fake DynamoDB answered without an error');
}

async function bothPaths(thrown: unknown, catalog: ErrorCatalog = defaultCatalog) {
  const proxy = await proxyView(thrown, catalog);
  const tagged = await taggedView(thrown, catalog);
  return { proxy, tagged };
}

describe('AWS SDK v2 errors (real aws-sdk against 127.0.0.1)', () => {
  it('builds errors of the shape the rule reads', async () => {
    const error = (await v2Error('400-ConditionalCheckFailedException')) as Error & Record<string, unknown>;
    expect(error).toMatchObject({
      name: 'ConditionalCheckFailedException',
      code: 'ConditionalCheckFailedException',
      statusCode: 400,
      retryable: false,
      requestId: 'REQ0123456789ABCDEF',
    });
    expect(error.time).toBeInstanceOf(Date);
    expect(error.$fault).toBeUndefined();
  });

  it.each([
    'ConditionalCheckFailedException',
    'TransactionCanceledException',
    'TransactionConflictException',
  ])('a v2 %s is a 409 conflict with the generic detail, on both paths', async (name) => {
    const { proxy, tagged } = await bothPaths(await v2Error(`400-${name}`));
    for (const view of [proxy, tagged]) {
      expect(view.status).toBe(409);
      expect(view.problem).toMatchObject({ title: 'Conflict', detail: CONFLICT_DETAIL });
      expect(JSON.stringify(view.problem)).not.toContain('secret');
    }
  });

  it.each([
    ['400-ProvisionedThroughputExceededException'],
    ['400-ThrottlingException'],
    ['400-RequestThrottledException'],
    ['429-SomeBusyServiceException'],
  ])('a v2 throttle (%s) is a 503 with Retry-After, on both paths', async (table) => {
    const { proxy, tagged } = await bothPaths(await v2Error(table));
    expect(proxy.status).toBe(503);
    expect(proxy.retryAfter).toBe('1');
    expect(tagged.status).toBe(503);
    expect(tagged.problem.retryAfter).toBe(1);
    for (const view of [proxy, tagged]) {
      expect(view.problem.detail).toBe('Service Unavailable');
      expect(JSON.stringify(view.problem)).not.toContain('secret');
    }
  });

  it('a v2 AccessDeniedException of our own call is a hidden 500: no ARN, role or table reaches the client', async () => {
    const thrown = await v2Error('400-AccessDeniedException');
    expect(thrown.message).toBe(ACCESS_DENIED);
    const { proxy, tagged } = await bothPaths(thrown);
    for (const view of [proxy, tagged]) {
      expect(view.status).toBe(500);
      expect(view.problem.detail).toBe('Internal Server Error');
      expect(JSON.stringify(view.problem)).not.toMatch(/arn:aws|orders-prod|123456789012|dynamodb:PutItem/);
    }
    expect(classify(thrown).detail).toBe(ACCESS_DENIED);
  });

  it('a v2 404 (ResourceNotFoundException) is a hidden 500, not a 404 with AWS text', async () => {
    const { proxy, tagged } = await bothPaths(await v2Error('400-ResourceNotFoundException'));
    expect([proxy.status, tagged.status]).toEqual([500, 500]);
    expect(JSON.stringify([proxy.problem, tagged.problem])).not.toContain('secret');
  });

  it('a v2 server fault is a hidden 502', async () => {
    const { proxy, tagged } = await bothPaths(await v2Error('500-InternalServerError'));
    for (const view of [proxy, tagged]) {
      expect(view.status).toBe(502);
      expect(view.problem.detail).toBe('Bad Gateway');
    }
  });

  it('a v2 S3 AccessDenied (403, XML body) is a hidden 500', async () => {
    let thrown: unknown;
    await s3
      .getObject({ Bucket: 'orders-prod', Key: 'a.json' })
      .promise()
      .catch((error: unknown) => {
        thrown = error;
      });
    expect(thrown).toMatchObject({ name: 'AccessDenied', code: 'AccessDenied', statusCode: 403 });
    const { proxy, tagged } = await bothPaths(thrown);
    for (const view of [proxy, tagged]) {
      expect(view.status).toBe(500);
      expect(JSON.stringify(view.problem)).not.toContain('orders-prod');
    }
  });

  it('awsExceptions overrides apply to v2 errors, with the kind title as detail', async () => {
    const catalog = defineErrorCatalog({
      OrderMissing: { status: 404, title: 'Order not found', awsExceptions: ['ResourceNotFoundException'] },
      Busy: { status: 429, retryAfterSeconds: 9, awsExceptions: ['ProvisionedThroughputExceededException'] },
      EditConflict: { status: 412, awsExceptions: ['ConditionalCheckFailedException'] },
    });
    const missing = await bothPaths(await v2Error('400-ResourceNotFoundException'), catalog);
    for (const view of [missing.proxy, missing.tagged]) {
      expect(view.status).toBe(404);
      expect(view.problem).toMatchObject({ title: 'Order not found', detail: 'Order not found' });
    }
    const busy = await bothPaths(await v2Error('400-ProvisionedThroughputExceededException'), catalog);
    expect([busy.proxy.status, busy.proxy.retryAfter, busy.tagged.status]).toEqual([429, '9', 429]);
    const conflict = await bothPaths(await v2Error('400-ConditionalCheckFailedException'), catalog);
    expect([conflict.proxy.status, conflict.tagged.status]).toEqual([412, 412]);
  });

  it('a user error with only code and statusCode keeps the status rule', () => {
    const error = Object.assign(new Error('order 42 does not exist'), {
      name: 'OrderMissing',
      code: 'OrderMissing',
      statusCode: 404,
    });
    expect(classify(error)).toMatchObject({ status: 404, exposed: true, detail: 'order 42 does not exist' });
  });

  it.each([
    ['retryable is not a boolean', { retryable: 'yes' }],
    ['requestId is missing', { requestId: undefined }],
    ['time is not a Date', { time: '2026-01-01T00:00:00Z' }],
    ['code differs from name', { code: 'Other' }],
  ])('a look-alike whose %s keeps the status rule', (_label, override) => {
    const error = Object.assign(new Error('keep me'), {
      name: 'ValidationException',
      code: 'ValidationException',
      statusCode: 400,
      retryable: false,
      requestId: 'R1',
      time: new Date(),
      ...override,
    });
    expect(classify(error)).toMatchObject({ status: 400, exposed: true, detail: 'keep me' });
  });
});
