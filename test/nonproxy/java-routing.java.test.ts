import { describe, expect, it } from '@jest/globals';
import middy from '@middy/core';
import createError from 'http-errors';
import { integrationResponses } from '../../src/generate/index.js';
import {
  classify,
  defaultCatalog,
  defineErrorCatalog,
  type ErrorCatalog,
  taggedErrorMessage,
} from '../../src/index.js';
import { routableError } from '../../src/tagged/format-tagged-message.js';
import { routeUnderJava } from '../support/java-regex.js';
import { CLASSIFICATION_CASES } from './cases.js';

const context = { awsRequestId: 'c0ffee-2' } as never;

async function errorMessageOf(
  thrown: unknown,
  catalog: ErrorCatalog,
  maxMessageBytes?: number,
): Promise<string> {
  const handler = middy(async () => {
    throw thrown;
  }).use(taggedErrorMessage({ catalog, logger: false, maxMessageBytes }));
  try {
    await handler({}, context);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the handler did not reject');
}

async function expectJavaRoutes(
  catalog: ErrorCatalog,
  thrownValues: readonly (() => unknown)[],
): Promise<void> {
  const messages: string[] = [];
  const expected: string[][] = [];
  for (const make of thrownValues) {
    messages.push(await errorMessageOf(make(), catalog));
    expected.push([String(routableError(classify(make(), catalog), catalog).status)]);
  }
  const routed = await routeUnderJava(integrationResponses(catalog), messages);
  expect(routed).toEqual(expected);
}

describe('taggedErrorMessage messages under Java (API Gateway selection)', () => {
  it('routes every classification case to exactly the status classify gave', async () => {
    await expectJavaRoutes(
      defaultCatalog,
      CLASSIFICATION_CASES.map(([, make]) => make),
    );
  });

  it('routes with a user catalog, including statuses it adds and class fallbacks', async () => {
    const catalog = defineErrorCatalog({
      OrderNotFound: { status: 404, title: 'Order not found' },
      Teapot: { status: 418 },
      Busy: { status: 503, retryAfterSeconds: 5 },
    });
    await expectJavaRoutes(catalog, [
      ...CLASSIFICATION_CASES.map(([, make]) => make),
      () => catalog.error('OrderNotFound', 'order 1'),
      () => catalog.error('Teapot'),
      () => createError(451, 'legal'),
      () => createError(511, 'auth'),
    ]);
  });

  it('routes capped megabyte messages', async () => {
    const huge = `${'[500] {"x":1}\n\u2028'.repeat(70_000)}`;
    const messages = [
      await errorMessageOf(createError(404, huge), defaultCatalog, 4096),
      await errorMessageOf(new Error(huge), defaultCatalog),
    ];
    expect(await routeUnderJava(integrationResponses(defaultCatalog), messages)).toEqual([['404'], ['500']]);
  });
});
