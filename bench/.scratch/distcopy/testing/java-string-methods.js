import { fullMatch } from '../generate/pattern-syntax.js';
function outOfRange(method, detail) {
    return new Error(`StringIndexOutOfBoundsException in ${method}: ${detail}`);
}
/** Java's String.trim: removes every char <= U+0020 at both ends (JavaScript's trim removes Unicode spaces). */
function javaTrim(text) {
    let start = 0;
    let end = text.length;
    while (start < end && text.charCodeAt(start) <= 0x20)
        start++;
    while (end > start && text.charCodeAt(end - 1) <= 0x20)
        end--;
    return text.slice(start, end);
}
/** Java's String.split(regex): trailing empty strings are dropped. */
function javaSplit(text, regex) {
    if (text === '')
        return [''];
    const parts = text.split(new RegExp(regex));
    while (parts.length > 1 && parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
function javaSubstring(text, begin, end = text.length) {
    if (begin < 0 || end > text.length || begin > end) {
        throw outOfRange('substring', `begin ${begin}, end ${end}, length ${text.length}`);
    }
    return text.substring(begin, end);
}
function javaCharAt(text, index) {
    if (index < 0 || index >= text.length)
        throw outOfRange('charAt', `index ${index}, length ${text.length}`);
    return text.charAt(index);
}
/**
 * java.lang.String methods whose JavaScript namesake is missing or behaves differently: `length()` is a method,
 * `substring`/`charAt` throw out of range instead of clamping (and substring never swaps its arguments),
 * `replace` replaces every occurrence, `matches` is a full match, `trim` uses Java's definition of space.
 */
const STRING_METHODS = {
    length: (text) => text.length,
    isEmpty: (text) => text.length === 0,
    contains: (text, part) => text.includes(String(part)),
    replace: (text, target, replacement) => text.replaceAll(String(target), String(replacement)),
    replaceAll: (text, regex, replacement) => text.replace(new RegExp(regex, 'g'), replacement),
    replaceFirst: (text, regex, replacement) => text.replace(new RegExp(regex), replacement),
    matches: (text, regex) => fullMatch(regex, text),
    equals: (text, other) => text === other,
    equalsIgnoreCase: (text, other) => typeof other === 'string' && text.toLowerCase() === other.toLowerCase(),
    trim: (text) => javaTrim(text),
    split: (text, regex) => javaSplit(text, regex),
    substring: (text, begin, end) => javaSubstring(text, begin, end),
    charAt: (text, index) => javaCharAt(text, index),
    toString: (text) => text,
};
/** java.util.Map / List methods on parsed JSON (velocityjs already provides get, size and keySet). */
const COLLECTION_METHODS = {
    isEmpty: (value) => (Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0),
    containsKey: (value, key) => Object.hasOwn(value, key),
    contains: (value, item) => Array.isArray(value) && value.includes(item),
};
function isPlainData(value) {
    if (Array.isArray(value))
        return true;
    return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
export const javaMethodHandlers = [
    {
        uid: 'java.lang.String',
        match: ({ property, context }) => typeof context === 'string' && Object.hasOwn(STRING_METHODS, property),
        resolve: ({ property, context, params }) => STRING_METHODS[property](context, ...params),
    },
    {
        uid: 'java.util.Collection',
        match: ({ property, context }) => isPlainData(context) && Object.hasOwn(COLLECTION_METHODS, property),
        resolve: ({ property, context, params }) => COLLECTION_METHODS[property](context, ...params),
    },
];
//# sourceMappingURL=java-string-methods.js.map