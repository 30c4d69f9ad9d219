import { type DefineErrorCatalogOptions, type ErrorCatalog } from './define-catalog.js';
import type { ErrorKindDefinition } from './types.js';
/** The standard kinds every catalog starts from. */
export declare const defaultKindDefinitions: {
    readonly BadRequest: {
        readonly status: 400;
    };
    readonly Unauthorized: {
        readonly status: 401;
    };
    readonly Forbidden: {
        readonly status: 403;
    };
    readonly NotFound: {
        readonly status: 404;
    };
    readonly MethodNotAllowed: {
        readonly status: 405;
    };
    readonly NotAcceptable: {
        readonly status: 406;
    };
    readonly Conflict: {
        readonly status: 409;
    };
    readonly Gone: {
        readonly status: 410;
    };
    readonly PreconditionFailed: {
        readonly status: 412;
    };
    readonly ContentTooLarge: {
        readonly status: 413;
    };
    readonly UnsupportedMediaType: {
        readonly status: 415;
    };
    readonly UnprocessableContent: {
        readonly status: 422;
    };
    readonly TooManyRequests: {
        readonly status: 429;
    };
    readonly InternalServerError: {
        readonly status: 500;
    };
    readonly NotImplemented: {
        readonly status: 501;
    };
    readonly BadGateway: {
        readonly status: 502;
    };
    readonly ServiceUnavailable: {
        readonly status: 503;
    };
    readonly GatewayTimeout: {
        readonly status: 504;
    };
};
export type DefaultKind = keyof typeof defaultKindDefinitions;
export declare const defaultCatalog: ErrorCatalog<DefaultKind>;
/**
 * Defines an error catalog. It extends `defaultCatalog` unless `options.base` says otherwise, and
 * validates every entry now, throwing an error that names the bad entry.
 *
 *     const catalog = defineErrorCatalog({ OrderNotFound: { status: 404, title: 'Order not found' } });
 *     throw catalog.error('OrderNotFound', 'order 42 does not exist', { extensions: { orderId: 42 } });
 */
export declare function defineErrorCatalog<const D extends Record<string, ErrorKindDefinition>>(definitions: D, options?: DefineErrorCatalogOptions): ErrorCatalog<(keyof D & string) | DefaultKind>;
//# sourceMappingURL=default-catalog.d.ts.map