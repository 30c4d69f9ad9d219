import { defaultCatalog } from '../catalog/default-catalog.js';
import { createErrorLogger } from '../logging/error-logger.js';
export const DEFAULT_MAX_DETAIL_BYTES = 4096;
/** Caps maxDetailBytes so a response can never approach ALB's 1 MB limit. */
export const MAX_DETAIL_BYTES_LIMIT = 256 * 1024;
const COMMON_OPTION_NAMES = ['catalog', 'logger', 'exposeServerErrors', 'maxDetailBytes'];
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'string')
        return `${JSON.stringify(value)} (a string)`;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return `a value of type ${typeof value}`;
}
function optionError(middleware, option, expected, value) {
    return new TypeError(`${middleware}: option "${option}" must be ${expected}, got ${describe(value)}`);
}
function isErrorCatalog(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const candidate = value;
    return (Array.isArray(candidate.kinds) &&
        typeof candidate.kind === 'function' &&
        typeof candidate.kindForStatus === 'function' &&
        typeof candidate.kindForAwsException === 'function' &&
        typeof candidate.error === 'function');
}
function isLoggerOption(value) {
    if (value === undefined || value === false || typeof value === 'function')
        return true;
    if (typeof value !== 'object' || value === null)
        return false;
    const candidate = value;
    return typeof candidate.error === 'function' && typeof candidate.warn === 'function';
}
/** Throws a TypeError for an option name the middleware does not know (usually a typo). */
export function assertKnownOptions(middleware, options, extraOptionNames = []) {
    const known = new Set([...COMMON_OPTION_NAMES, ...extraOptionNames]);
    for (const name of Object.keys(options)) {
        if (!known.has(name)) {
            throw new TypeError(`${middleware}: unknown option "${name}"; the options are ${[...known].map((n) => `"${n}"`).join(', ')}`);
        }
    }
}
/**
 * Validates the options shared by both middlewares, at middleware creation, and fills in defaults.
 * Throws a TypeError naming the option and the expected type. `extraOptionNames` are the calling
 * middleware's own options (validated by it), so that unknown names can still be refused.
 */
export function resolveCommonOptions(middleware, options, extraOptionNames = []) {
    if (options === undefined)
        options = {};
    if (typeof options !== 'object' || options === null || Array.isArray(options)) {
        throw new TypeError(`${middleware}: options must be an object such as {}, got ${describe(options)}`);
    }
    assertKnownOptions(middleware, options, extraOptionNames);
    const { catalog, logger, exposeServerErrors, maxDetailBytes } = options;
    if (catalog !== undefined && !isErrorCatalog(catalog)) {
        throw optionError(middleware, 'catalog', 'an ErrorCatalog made by defineErrorCatalog', catalog);
    }
    if (!isLoggerOption(logger)) {
        throw optionError(middleware, 'logger', 'a function, an object with error() and warn() methods, or false', logger);
    }
    if (exposeServerErrors !== undefined && typeof exposeServerErrors !== 'boolean') {
        throw optionError(middleware, 'exposeServerErrors', 'a boolean', exposeServerErrors);
    }
    if (maxDetailBytes !== undefined &&
        (!Number.isInteger(maxDetailBytes) ||
            maxDetailBytes < 1 ||
            maxDetailBytes > MAX_DETAIL_BYTES_LIMIT)) {
        throw optionError(middleware, 'maxDetailBytes', `a positive integer of at most ${MAX_DETAIL_BYTES_LIMIT}`, maxDetailBytes);
    }
    return {
        catalog: catalog ?? defaultCatalog,
        log: createErrorLogger(logger),
        exposeServerErrors: exposeServerErrors ?? false,
        maxDetailBytes: maxDetailBytes ?? DEFAULT_MAX_DETAIL_BYTES,
    };
}
//# sourceMappingURL=common-options.js.map