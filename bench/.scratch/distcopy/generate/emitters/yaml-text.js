import { Document, isScalar, Scalar, visit, YAMLMap, YAMLSeq } from 'yaml';
import { isUnsafeForYaml, unicodeEscape } from './unicode-escape.js';
/**
 * Characters some YAML parsers read as line breaks or reject even inside quoted scalars (YAML 1.1, which
 * CloudFormation's parser follows, treats NEL, LS and PS as line breaks). Scalars holding any of them are
 * double-quoted and the characters written as escapes.
 */
/** CloudFormation intrinsic functions written with their short tags (`!Sub`, `!Ref`, ...). */
const SHORT_TAGS = {
    Ref: '!Ref',
    'Fn::Sub': '!Sub',
    'Fn::GetAtt': '!GetAtt',
    'Fn::Join': '!Join',
};
function hasUnsafeChar(text) {
    for (let i = 0; i < text.length; i++)
        if (isUnsafeForYaml(text.charCodeAt(i)))
            return true;
    return false;
}
/**
 * The yaml package escapes C0 controls in double quotes but writes DEL, C1, LS, PS and the BOM raw.
 * After `hasUnsafeChar` scalars are double-quoted, any such character left in the text is inside one.
 */
function escapeRawUnsafe(text) {
    let out = '';
    for (const char of text)
        out += isUnsafeForYaml(char.charCodeAt(0)) ? unicodeEscape(char) : char;
    return out;
}
function intrinsicTag(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const keys = Object.keys(value);
    return keys.length === 1 ? SHORT_TAGS[keys[0]] : undefined;
}
function createNode(value, shortTags) {
    const tag = shortTags ? intrinsicTag(value) : undefined;
    if (tag !== undefined) {
        const inner = Object.values(value)[0];
        const node = createNode(inner, shortTags);
        node.tag = tag;
        return node;
    }
    if (value !== null && typeof value === 'object') {
        if (Array.isArray(value)) {
            const seq = new YAMLSeq();
            for (const item of value)
                seq.add(createNode(item, shortTags));
            return seq;
        }
        const map = new YAMLMap();
        for (const [key, item] of Object.entries(value)) {
            if (item !== undefined)
                map.set(new Scalar(key), createNode(item, shortTags));
        }
        return map;
    }
    return new Scalar(value);
}
/**
 * YAML text that reads back to exactly `value`: multi-line strings as literal blocks, strings with
 * backslashes (selection patterns) single-quoted so `\[` stays as written, strings with control or
 * line-separator characters double-quoted with escapes, and 1.1-ambiguous words (`yes`, `on`) quoted.
 */
export function toYamlText(value, options = {}) {
    const doc = new Document(null, { version: '1.1' });
    doc.contents = createNode(value, options.cloudFormationShortTags === true);
    visit(doc, {
        Scalar(_, node) {
            if (!isScalar(node) || typeof node.value !== 'string')
                return;
            if (hasUnsafeChar(node.value))
                node.type = 'QUOTE_DOUBLE';
            else if (node.value.includes('\n'))
                node.type = 'BLOCK_LITERAL';
            else if (node.value.includes('\\'))
                node.type = 'QUOTE_SINGLE';
        },
    });
    if (options.comment !== undefined)
        doc.commentBefore = options.comment.replace(/^/gm, ' ');
    const text = doc.toString({ lineWidth: 0, directives: false, blockQuote: 'literal' });
    return escapeRawUnsafe(text);
}
//# sourceMappingURL=yaml-text.js.map