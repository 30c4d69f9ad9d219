import { truncateUtf8 } from './truncate-utf8.js';
/** Members an error's extensions may never replace (the standard ones and the ones this package sets). */
const RESERVED_MEMBERS = new Set([
    'type',
    'title',
    'status',
    'detail',
    'instance',
    'requestId',
    'retryAfter',
]);
/** Whether the client may see the mapped error's own detail and extensions. */
export function mayShowDetail(mapped, exposeServerErrors) {
    return mapped.exposed || (mapped.status >= 500 && exposeServerErrors);
}
/**
 * The problem object a client receives for a mapped error. The detail is the error's own text only when
 * it may be shown; otherwise it repeats the title, so nothing of a hidden error leaks.
 */
export function buildProblem(mapped, options) {
    const showDetail = mayShowDetail(mapped, options.exposeServerErrors);
    const detail = showDetail && mapped.detail !== '' ? mapped.detail : mapped.title;
    const problem = {
        type: mapped.type,
        title: mapped.title,
        status: mapped.status,
        detail: truncateUtf8(detail, options.maxDetailBytes),
    };
    if (options.instance)
        problem.instance = options.instance;
    if (options.requestId)
        problem.requestId = options.requestId;
    if (mapped.retryAfter !== undefined)
        problem.retryAfter = mapped.retryAfter;
    if (showDetail)
        addExtensions(problem, mapped.extensions);
    return problem;
}
function addExtensions(problem, extensions) {
    for (const [name, value] of Object.entries(extensions)) {
        if (RESERVED_MEMBERS.has(name) || name === '__proto__' || value === undefined)
            continue;
        problem[name] = value;
    }
}
//# sourceMappingURL=build-problem.js.map