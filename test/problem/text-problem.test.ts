import { describe, expect, it } from '@jest/globals';
import createError from 'http-errors';
import { errorResponseForEvent } from '../../src/index.js';
import { lambdaContext, restV1Event } from '../support/events.js';

describe('text problems (format: text)', () => {
  it('writes just the title when the detail is hidden, and no request id when there is none', () => {
    const response = errorResponseForEvent(new Error('secret'), restV1Event(), undefined, {
      logger: false,
      format: 'text',
    });
    expect([response.statusCode, response.body]).toEqual([500, 'Internal Server Error']);
    const withId = errorResponseForEvent(
      createError(404, 'no order 7'),
      restV1Event(),
      lambdaContext('id-9'),
      {
        logger: false,
        format: 'text',
      },
    );
    expect(withId.body).toBe('Not Found: no order 7 (request id id-9)');
  });
});
