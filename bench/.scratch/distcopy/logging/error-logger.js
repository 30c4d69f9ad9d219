import { describeThrown } from './describe-thrown.js';
export function buildLogEntry(mapped, requestId) {
    return {
        level: mapped.status >= 500 ? 'error' : 'warn',
        message: `lambda-error-map: ${mapped.status} ${mapped.kind}`,
        status: mapped.status,
        kind: mapped.kind,
        requestId,
        error: describeThrown(mapped.cause),
    };
}
function writeToConsole(entry) {
    const line = JSON.stringify(entry);
    if (entry.level === 'error')
        console.error(line);
    else
        console.warn(line);
}
function writerFor(option) {
    if (option === undefined)
        return writeToConsole;
    if (typeof option === 'function')
        return option;
    return (entry) => entry.level === 'error' ? option.error(entry.message, entry) : option.warn(entry.message, entry);
}
function ignoreRejection(result) {
    if (typeof result?.then === 'function') {
        result.then(undefined, () => { });
    }
}
/** Turns the `logger` option into a function that logs a mapped error; a failing logger never breaks the response. */
export function createErrorLogger(option) {
    if (option === false)
        return () => { };
    const write = writerFor(option);
    return (mapped, requestId) => {
        try {
            ignoreRejection(write(buildLogEntry(mapped, requestId)));
        }
        catch {
            // A logger that throws must not turn a well-formed error response into a crash.
        }
    };
}
//# sourceMappingURL=error-logger.js.map