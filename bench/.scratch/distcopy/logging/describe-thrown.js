import { truncateUtf8 } from '../problem/truncate-utf8.js';
export const MAX_CAUSE_DEPTH = 8;
const MAX_MESSAGE_BYTES = 8 * 1024;
const MAX_STACK_BYTES = 16 * 1024;
/** Reads a property without letting a getter or a Proxy trap throw out of here. */
function readSafely(value, key) {
    try {
        return value[key];
    }
    catch {
        return undefined;
    }
}
/** `String(value)` that survives symbols, null prototypes and hostile `toString`s. */
export function textOf(value) {
    try {
        return typeof value === 'string' ? value : String(value);
    }
    catch {
        return `[unprintable ${typeof value}]`;
    }
}
function describeOne(value) {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) {
        return {
            name: value === null ? 'null' : typeof value,
            message: truncateUtf8(textOf(value), MAX_MESSAGE_BYTES),
        };
    }
    const name = readSafely(value, 'name');
    const message = readSafely(value, 'message');
    const stack = readSafely(value, 'stack');
    const description = {
        name: typeof name === 'string' && name !== '' ? name : typeof value,
        message: truncateUtf8(typeof message === 'string' ? message : textOf(message ?? ''), MAX_MESSAGE_BYTES),
    };
    if (typeof stack === 'string')
        description.stack = truncateUtf8(stack, MAX_STACK_BYTES);
    return description;
}
/**
 * Describes any thrown value and its `cause` chain for logging. Never throws, whatever the value
 * (throwing getters, Proxies, cycles, symbols), and never descends deeper than `MAX_CAUSE_DEPTH`.
 */
export function describeThrown(thrown) {
    const seen = new Set();
    const root = describeOne(thrown);
    let current = root;
    let value = thrown;
    for (let depth = 0; depth < MAX_CAUSE_DEPTH; depth++) {
        seen.add(value);
        if ((typeof value !== 'object' && typeof value !== 'function') || value === null)
            break;
        const cause = readSafely(value, 'cause');
        if (cause === undefined)
            break;
        if (seen.has(cause)) {
            current.circular = true;
            break;
        }
        const next = describeOne(cause);
        current.cause = next;
        current = next;
        value = cause;
    }
    return root;
}
//# sourceMappingURL=describe-thrown.js.map