// Issue 20, item 6: the non-proxy tag routes a status the catalog lacks to the catalog's 400, else 500; a
// 4xx tagged 500 that way must not keep its detail exposed (the 500 kind hides it), nor its extensions.
import { describe, expect, it } from '@jest/globals';
import middy from '@middy/core';
import createError from 'http-errors';
import { defineErrorCatalog, taggedErrorMessage } from '../../src/index.js';
import { taggedView } from '../support/cross-path.js';
import { lambdaContext } from '../support/events.js';

const teapot = () =>
  createError(418, 'tenant 7 row 42 in secret_table', { extensions: { table: 'secret_table' } });

describe('a tagged 500 for a status the catalog lacks', () => {
  it.each([
    [
      'a 500 kind but no 400',
      defineErrorCatalog({ Gone: { status: 410 }, Oops: { status: 500 } }, { base: null }),
    ],
    ['neither 400 nor 500', defineErrorCatalog({ Gone: { status: 410 } }, { base: null })],
  ])('hides the detail and extensions when the catalog has %s', async (_label, catalog) => {
    const { status, problem, message } = await taggedView(teapot(), catalog);
    expect(status).toBe(500);
    expect(problem.detail).toBe('Internal Server Error');
    expect(message).not.toContain('secret');
  });

  it('the tagged error says expose: false', async () => {
    const catalog = defineErrorCatalog({ Oops: { status: 500 } }, { base: null });
    const handler = middy(async () => {
      throw teapot();
    }).use(taggedErrorMessage({ catalog, logger: false }));
    const rejected = (await handler({}, lambdaContext('r-1')).catch((error: unknown) => error)) as {
      status: number;
      expose: boolean;
    };
    expect(rejected).toMatchObject({ status: 500, expose: false });
  });

  it('a 4xx routed to the catalog 400 keeps its detail when that kind exposes, and hides it when not', async () => {
    const open = defineErrorCatalog({ Bad: { status: 400 } }, { base: null });
    expect((await taggedView(teapot(), open)).problem.detail).toBe('tenant 7 row 42 in secret_table');
    const closed = defineErrorCatalog({ Bad: { status: 400, expose: false } }, { base: null });
    const hidden = await taggedView(teapot(), closed);
    expect(hidden.status).toBe(400);
    expect(hidden.message).not.toContain('secret');
  });
});
