// Issue 9, item 1: one exposure rule on every path to a kind. The kind decides; the thrown error can
// only hide itself (expose: false), never reveal itself; exposeServerErrors shows every 5xx.

import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from '@jest/globals';
import createError from 'http-errors';
import { classify, defaultCatalog, defineErrorCatalog, proxyErrorResponse } from '../../src/index.js';
import { parsedBody, respondTo } from '../proxy/support.js';

const secretive = defineErrorCatalog({
  NotFound: { status: 404, expose: false },
  BadRequest: { status: 400, expose: false },
  Conflict: { status: 409, expose: false },
  ServiceUnavailable: { status: 503, expose: true },
});

function validatorError(): Error {
  return Object.assign(createError(400, 'Event object failed validation'), {
    cause: { package: '@middy/validator', data: [{ instancePath: '/tenant', message: 'must be secret-7' }] },
  });
}

describe('a kind defined with expose: false is never bypassed', () => {
  it('hides an http-errors error mapped to it by its status', async () => {
    const thrown = createError(404, 'row 42 in tenant_secrets');
    expect(classify(thrown, secretive)).toMatchObject({ kind: 'NotFound', exposed: false });
    const response = await respondTo('http-api-v2', thrown, [
      proxyErrorResponse({ catalog: secretive, logger: false }),
    ]);
    expect(parsedBody(response).detail).toBe('Not Found');
    expect(response.body).not.toContain('tenant_secrets');
  });

  it('hides an error named after the kind (another copy of the library) that says expose: true', () => {
    const foreign = Object.assign(new Error('row 42'), { name: 'NotFound', status: 404, expose: true });
    expect(classify(foreign, secretive).exposed).toBe(false);
  });

  it('hides a CatalogError of the kind whose expose was set to true after creation', () => {
    const error = Object.assign(secretive.error('NotFound', 'row 42'), { expose: true });
    expect(classify(error, secretive).exposed).toBe(false);
  });

  it("hides a CatalogError of another catalog's exposed kind, mapped to this kind by its status", () => {
    const other = defineErrorCatalog({ Missing: { status: 404 } });
    expect(classify(other.error('Missing', 'row 42'), secretive)).toMatchObject({
      kind: 'NotFound',
      exposed: false,
    });
  });

  it("hides a validator error's details when the 400 kind is not exposed", () => {
    expect(classify(validatorError(), secretive)).toMatchObject({ kind: 'BadRequest', exposed: false });
  });

  it('hides even the generic conflict text when the 409 kind is not exposed', () => {
    const conflict = new ConditionalCheckFailedException({ message: 'on tenant_secrets', $metadata: {} });
    expect(classify(conflict, secretive)).toMatchObject({ kind: 'Conflict', exposed: false });
  });
});

describe('the thrown error can hide itself but never reveal itself', () => {
  it('hides an http-errors 404 that says expose: false', () => {
    expect(classify(createError(404, 'x', { expose: false })).exposed).toBe(false);
  });

  it('keeps an http-errors 5xx with expose: true hidden under the default 5xx kind', async () => {
    const thrown = createError(503, 'db-7.internal is down', { expose: true });
    expect(classify(thrown).exposed).toBe(false);
    const response = await respondTo('rest-v1', thrown, [proxyErrorResponse({ logger: false })]);
    expect(parsedBody(response).detail).toBe('Service Unavailable');
  });

  it('keeps a 5xx CatalogError whose expose was set to true after creation hidden', () => {
    const shown = Object.assign(defaultCatalog.error('BadGateway', 'upstream 7 failed'), { expose: true });
    expect(classify(shown).exposed).toBe(false);
  });

  it('shows a 5xx when its kind is defined with expose: true, unless the error says expose: false', () => {
    expect(
      classify(secretive.error('ServiceUnavailable', 'maintenance until 14:00'), secretive).exposed,
    ).toBe(true);
    expect(classify(createError(503, 'maintenance', { expose: true }), secretive).exposed).toBe(true);
    expect(classify(createError(503, 'db-7 down'), secretive).exposed).toBe(false);
  });

  it('shows every 5xx with exposeServerErrors, including http-errors ones that say expose: false', async () => {
    const response = await respondTo('rest-v1', createError(500, 'db-7 down'), [
      proxyErrorResponse({ logger: false, exposeServerErrors: true }),
    ]);
    expect(parsedBody(response).detail).toBe('db-7 down');
  });
});
