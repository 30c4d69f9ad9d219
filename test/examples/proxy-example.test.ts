// The proxy example's answers as each integration hands them to the client: a success keeps its Content-Type
// whatever the event kind (an ALB in multi-value mode reads multiValueHeaders only).
import { describe, expect, it } from '@jest/globals';
import { handler } from '../../examples/serverless/proxy.js';
import { fakeLambdaContext, proxyResult } from '../../src/testing/index.js';
import { EVENT_KINDS } from '../support/events.js';
import { exampleProxyEvent } from '../support/example-events.js';

describe('the proxy example', () => {
  it.each(EVENT_KINDS)('%s: the order as JSON, with its Content-Type', async (kind) => {
    const event = exampleProxyEvent(kind, 'ok');
    const answer = proxyResult(await handler(event as never, fakeLambdaContext()), kind);

    expect(answer.statusCode).toBe(200);
    expect(answer.headers['Content-Type'] ?? answer.headers['content-type']).toBe('application/json');
    expect(JSON.parse(answer.body)).toEqual({ orderId: '42', state: 'shipped' });
  });
});
