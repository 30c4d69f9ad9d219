import { statusTitle } from '../status-titles.js';
import { EMPTY_RECORD } from './safe-fields.js';
/** The kind for a status: the catalog's, or a neutral `ClientError` / `ServerError` with the reason phrase. */
export function kindForStatus(catalog, status) {
    return catalog.kindForStatus(status) ?? fallbackKind(status);
}
function fallbackKind(status) {
    return {
        kind: status >= 500 ? 'ServerError' : 'ClientError',
        status,
        title: statusTitle(status),
        type: 'about:blank',
        expose: status < 500,
        retryAfterSeconds: undefined,
        awsExceptions: [],
    };
}
export function mapped(kind, decision, cause) {
    return {
        kind: kind.kind,
        status: kind.status,
        title: kind.title,
        type: kind.type,
        detail: decision.detail,
        exposed: decision.exposed,
        headers: decision.headers ?? EMPTY_RECORD,
        retryAfter: decision.retryAfter,
        extensions: decision.extensions ?? EMPTY_RECORD,
        cause,
    };
}
/** 500 for anything nothing else understood. */
export function internalError(catalog, detail, cause) {
    return mapped(kindForStatus(catalog, 500), { detail, exposed: false }, cause);
}
//# sourceMappingURL=mapped.js.map