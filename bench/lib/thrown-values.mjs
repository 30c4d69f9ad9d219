// The values the sample handlers throw. Each kind is a pool of distinct instances, thrown in turn, so
// the timed error path measures mapping (not construction, which is timed on its own) and no
// middleware can profit from seeing the same object twice.
import { createServer } from 'node:http';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import createError from 'http-errors';
import { defaultCatalog } from '../../dist/index.js';

export const POOL_SIZE = 64;
export const NOT_FOUND_DETAIL = 'order 42 does not exist';
export const SECRET = 'hunter2';
export const SECRET_MESSAGE = `connect ECONNREFUSED 10.0.0.12:5432 password=${SECRET}`;
export const THROTTLE_MESSAGE = 'The level of configured provisioned throughput for the table was exceeded.';

/** The thrown-value kinds, by what a user of each library would throw. */
export const THROWN_KINDS = {
  catalog404: () => defaultCatalog.error('NotFound', NOT_FOUND_DETAIL),
  httpErrors404: () => createError(404, NOT_FOUND_DETAIL),
  plainError: () => new Error(SECRET_MESSAGE),
};

function poolOf(make) {
  return Array.from({ length: POOL_SIZE }, make);
}

function throttlingResponder(request, response) {
  request.resume();
  request.on('end', () => {
    response.writeHead(400, {
      'content-type': 'application/x-amz-json-1.0',
      'x-amzn-requestid': 'BENCH0THROTTLE0REQUEST0ID',
    });
    response.end(
      JSON.stringify({
        __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
        message: THROTTLE_MESSAGE,
      }),
    );
  });
}

/**
 * Real AWS SDK v3 exceptions: a DynamoDB client calls a 127.0.0.1 server that answers as DynamoDB does
 * when throttling, so the SDK's own deserializer builds each exception ($fault, $metadata, name...).
 */
async function sdkThrottlingPool() {
  // The SDK's "Node 22 will be required" notice is about the SDK's future, not about this bench.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const server = createServer(throttlingResponder);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = new DynamoDBClient({
    endpoint: `http://127.0.0.1:${server.address().port}`,
    region: 'eu-west-1',
    maxAttempts: 1,
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  });
  const command = new GetItemCommand({ TableName: 'orders', Key: { id: { S: '42' } } });
  try {
    const pool = [];
    for (let i = 0; i < POOL_SIZE; i++) {
      pool.push(await client.send(command).then(unexpectedSuccess, (error) => error));
    }
    return pool;
  } finally {
    client.destroy();
    server.close();
  }
}

function unexpectedSuccess() {
  throw new Error('bench: the local DynamoDB stand-in answered 200; expected a throttling exception');
}

/** Every pool, keyed by thrown-value kind. */
export async function buildThrownPools() {
  const pools = {};
  for (const [kind, make] of Object.entries(THROWN_KINDS)) pools[kind] = poolOf(make);
  pools.sdkThrottle = await sdkThrottlingPool();
  return pools;
}

/** The same pools, with the catalog errors built by another build of the library (`lib`, its runtime entry). */
export function poolsOfBuild(pools, lib) {
  return { ...pools, catalog404: poolOf(() => lib.defaultCatalog.error('NotFound', NOT_FOUND_DETAIL)) };
}

/** A function that hands out the pool's values in turn. */
export function rotating(pool) {
  let next = 0;
  return () => pool[next++ % pool.length];
}

/** Errors built on every call, for the "build + map" paths (construction included). */
export const BUILDERS = {
  buildCatalog404: THROWN_KINDS.catalog404,
  buildHttpErrors404: THROWN_KINDS.httpErrors404,
};

/** Error construction, timed on its own: a catalog error against `new Error` and http-errors. */
export const CONSTRUCTORS = {
  catalogError: THROWN_KINDS.catalog404,
  newError: () => new Error(NOT_FOUND_DETAIL),
  createError: THROWN_KINDS.httpErrors404,
};
