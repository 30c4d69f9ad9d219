import { describe, expect, it } from '@jest/globals';
import createError from 'http-errors';
import { CatalogDefinitionError, CatalogError, defaultCatalog, defineErrorCatalog } from '../../src/index.js';

describe('defineErrorCatalog', () => {
  it('extends the default catalog and builds typed errors', () => {
    const catalog = defineErrorCatalog({ OrderNotFound: { status: 404, title: 'Order not found' } });
    const error = catalog.error('OrderNotFound', 'order 42', { extensions: { orderId: 42 } });
    expect(error).toBeInstanceOf(CatalogError);
    expect(error).toBeInstanceOf(Error);
    expect({
      name: error.name,
      message: error.message,
      status: error.status,
      statusCode: error.statusCode,
      expose: error.expose,
    }).toEqual({
      name: 'OrderNotFound',
      message: 'order 42',
      status: 404,
      statusCode: 404,
      expose: true,
    });
    expect(createError.isHttpError(error)).toBe(true);
    expect(catalog.kindForStatus(404)?.kind).toBe('NotFound');
    expect(catalog.statuses).toEqual(defaultCatalog.statuses);
  });

  it.each([
    [{ Bad: { status: 399 } }, /kind "Bad": status must be an integer from 400 to 599, got 399/],
    [{ Bad: { status: 600 } }, /got 600/],
    [{ Bad: { status: '404' } }, /got "404" \(a string\)/],
    [{ Bad: { status: 4.5 } }, /got 4.5/],
    [{ '': { status: 404 } }, /kind name "" must be an identifier/],
    [{ 'not-an-id': { status: 404 } }, /kind name "not-an-id" must be an identifier/],
    [
      { A: { status: 404, awsExceptions: ['X'] }, B: { status: 409, awsExceptions: ['X'] } },
      /AWS exception "X" is already mapped to kind "A"/,
    ],
    [{ Bad: { status: 404, colour: 'red' } }, /unknown field "colour"/],
  ])('refuses an invalid definition: %j', (definitions, message) => {
    expect(() => defineErrorCatalog(definitions as never)).toThrow(CatalogDefinitionError);
    expect(() => defineErrorCatalog(definitions as never)).toThrow(message);
  });
});
