/**
 * An error of a catalog kind. Light on purpose (a few fields on top of `Error`), and shaped the way
 * http-errors and @middy/http-error-handler recognise: `status` = `statusCode`, boolean `expose`.
 */
export class CatalogError extends Error {
    kind;
    status;
    statusCode;
    expose;
    headers;
    extensions;
    retryAfterSeconds;
    constructor(kind, detail, options) {
        super(detail ?? kind.title, options?.cause === undefined ? undefined : { cause: options.cause });
        this.name = kind.kind;
        this.kind = kind.kind;
        this.status = kind.status;
        this.statusCode = kind.status;
        this.expose = kind.expose;
        this.headers = options?.headers;
        this.extensions = options?.extensions;
        this.retryAfterSeconds = options?.retryAfterSeconds ?? kind.retryAfterSeconds;
    }
}
//# sourceMappingURL=catalog-error.js.map