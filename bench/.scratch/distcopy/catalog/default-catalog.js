import { buildCatalog } from './define-catalog.js';
/** The standard kinds every catalog starts from. */
export const defaultKindDefinitions = {
    BadRequest: { status: 400 },
    Unauthorized: { status: 401 },
    Forbidden: { status: 403 },
    NotFound: { status: 404 },
    MethodNotAllowed: { status: 405 },
    NotAcceptable: { status: 406 },
    Conflict: { status: 409 },
    Gone: { status: 410 },
    PreconditionFailed: { status: 412 },
    ContentTooLarge: { status: 413 },
    UnsupportedMediaType: { status: 415 },
    UnprocessableContent: { status: 422 },
    TooManyRequests: { status: 429 },
    InternalServerError: { status: 500 },
    NotImplemented: { status: 501 },
    BadGateway: { status: 502 },
    ServiceUnavailable: { status: 503 },
    GatewayTimeout: { status: 504 },
};
export const defaultCatalog = buildCatalog(defaultKindDefinitions, null);
/**
 * Defines an error catalog. It extends `defaultCatalog` unless `options.base` says otherwise, and
 * validates every entry now, throwing an error that names the bad entry.
 *
 *     const catalog = defineErrorCatalog({ OrderNotFound: { status: 404, title: 'Order not found' } });
 *     throw catalog.error('OrderNotFound', 'order 42 does not exist', { extensions: { orderId: 42 } });
 */
export function defineErrorCatalog(definitions, options = {}) {
    const base = options.base === undefined ? defaultCatalog : options.base;
    return buildCatalog(definitions, base);
}
//# sourceMappingURL=default-catalog.js.map