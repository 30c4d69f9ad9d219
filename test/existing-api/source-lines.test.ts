// Where lint points in a serverless.yml: the line of each http event, by the origin lint names its method with.
import { describe, expect, it } from '@jest/globals';
import { parseDocument } from 'yaml';
import { lineFinder, nodeLine, serverlessEventLines } from '../../src/existing-api/source-lines.js';

const SERVICE = `service: orders
functions:
  placeholder:
  getOrder:
    handler: src/orders.handler
    events:
      - http:
          path: orders/{id}
          method: get
          integration: lambda
      - sqs: arn:aws:sqs:us-east-1:123456789012:orders
      - \${self:custom.sharedEvent}
      - http:
          path: orders/{id}
          method: get
          integration: lambda
`;

describe('serverlessEventLines', () => {
  it('gives each http event the line it starts on, the first of two with one origin, skipping other entries', () => {
    const lines = serverlessEventLines(parseDocument(SERVICE), SERVICE);
    expect([...lines]).toEqual([['functions.getOrder (GET /orders/{id})', 7]]);
  });

  it('has no lines when functions is not a mapping (a variable the framework resolves later)', () => {
    const text = `service: orders\nfunctions: \${file(functions.yml)}\n`;
    expect(serverlessEventLines(parseDocument(text), text).size).toBe(0);
  });

  it('still finds the line of an event under a function named by a complex key (YAML allows one)', () => {
    const text =
      'functions:\n  ? [a, b]\n  : events:\n      - http:\n          path: orders\n          method: get\n';
    expect([...serverlessEventLines(parseDocument(text), text).values()]).toEqual([4]);
  });

  it('has no line for a node without a source range', () => {
    expect(nodeLine(undefined, lineFinder(SERVICE))).toBeUndefined();
  });
});
