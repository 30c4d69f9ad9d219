// What `request.response` may hold when an error middleware runs: nothing, a response another middleware
// (CORS, a handler that set headers before throwing) left, or something no response should be.
import fc from 'fast-check';
import { hostileText, throwingGetters, throwingProxy } from './arbitraries.js';

const headerName = fc.oneof(
  fc.constantFrom(
    'Access-Control-Allow-Origin',
    'content-type',
    'Retry-After',
    'retry-after',
    'Set-Cookie',
    'set-cookie',
    'X-Trace',
  ),
  hostileText(12),
);
const headerValue = fc.oneof(
  fc.constantFrom('*', 'a=1; Path=/', '7', 'text/html'),
  hostileText(16),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

/** A previous response: undefined most often, else headers, multi-value headers, cookies, or junk. */
export function previousResponse(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(null, 'ok', 0, {}, []) },
    {
      weight: 4,
      arbitrary: fc.record(
        {
          statusCode: fc.constantFrom(200, 204),
          headers: fc.dictionary(headerName, headerValue, { maxKeys: 4 }),
          multiValueHeaders: fc.dictionary(headerName, fc.array(headerValue, { maxLength: 3 }), {
            maxKeys: 3,
          }),
          cookies: fc.array(fc.oneof(fc.constant('session=1; HttpOnly'), hostileText(12)), { maxLength: 3 }),
          body: fc.constant('{}'),
        },
        { requiredKeys: [] },
      ),
    },
    { weight: 1, arbitrary: fc.constant(null).map(throwingGetters) },
    { weight: 1, arbitrary: fc.constantFrom({}, []).map(throwingProxy) },
  );
}
