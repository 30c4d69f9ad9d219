import type { Node, Scalar } from 'yaml';
import { requirePeer } from '../../surface/require-peer.js';
import { isUnsafeForYaml, unicodeEscape } from './unicode-escape.js';

/**
 * Characters some YAML parsers read as line breaks or reject even inside quoted scalars (YAML 1.1, which
 * CloudFormation's parser follows, treats NEL, LS and PS as line breaks). Scalars holding any of them are
 * double-quoted and the characters written as escapes.
 */

/** CloudFormation intrinsic functions written with their short tags (`!Sub`, `!Ref`, ...). */
const SHORT_TAGS: Readonly<Record<string, string>> = {
  Ref: '!Ref',
  'Fn::Sub': '!Sub',
  'Fn::GetAtt': '!GetAtt',
  'Fn::Join': '!Join',
  'Fn::FindInMap': '!FindInMap',
};

export interface YamlTextOptions {
  /** The format being written (`serverless`), named when the yaml package is missing: only YAML formats need it. */
  readonly format: string;
  /** Write one-key objects such as `{ "Fn::Sub": "..." }` as CloudFormation short tags (`!Sub ...`). */
  readonly cloudFormationShortTags?: boolean;
  /** `#` comment lines written above the document. */
  readonly comment?: string;
}

function hasUnsafeChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isUnsafeForYaml(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The yaml package escapes C0 controls in double quotes but writes DEL, C1, LS, PS and the BOM raw.
 * After `hasUnsafeChar` scalars are double-quoted, any such character left in the text is inside one.
 */
function escapeRawUnsafe(text: string): string {
  let out = '';
  for (const char of text) out += isUnsafeForYaml(char.charCodeAt(0)) ? unicodeEscape(char) : char;
  return out;
}

function intrinsicTag(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 ? SHORT_TAGS[keys[0] as string] : undefined;
}

type Yaml = typeof import('yaml');

function loadYaml(format: string): Yaml {
  return requirePeer<Yaml>('yaml', `the ${format} format`);
}

function createNode(yaml: Yaml, value: unknown, shortTags: boolean): Node {
  const tag = shortTags ? intrinsicTag(value) : undefined;
  if (tag !== undefined) {
    const inner = Object.values(value as object)[0];
    const node = createNode(yaml, inner, shortTags);
    node.tag = tag;
    return node;
  }
  if (value !== null && typeof value === 'object') {
    if (Array.isArray(value)) {
      const seq = new yaml.YAMLSeq();
      for (const item of value) seq.add(createNode(yaml, item, shortTags));
      return seq;
    }
    const map = new yaml.YAMLMap();
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) map.set(new yaml.Scalar(key), createNode(yaml, item, shortTags));
    }
    return map;
  }
  return new yaml.Scalar(value);
}

/**
 * How a generated string is best written: double-quoted with escapes when it holds unsafe characters, a
 * literal block when multi-line, single-quoted when it holds backslashes (selection patterns), so `\[`
 * stays as written; undefined leaves the choice to the yaml package.
 */
export function scalarStyle(value: string): Scalar.Type | undefined {
  if (hasUnsafeChar(value)) return 'QUOTE_DOUBLE';
  if (value.includes('\n')) return 'BLOCK_LITERAL';
  if (value.includes('\\')) return 'QUOTE_SINGLE';
  return undefined;
}

/**
 * YAML text that reads back to exactly `value`: multi-line strings as literal blocks, strings with
 * backslashes (selection patterns) single-quoted so `\[` stays as written, strings with control or
 * line-separator characters double-quoted with escapes, and 1.1-ambiguous words (`yes`, `on`) quoted.
 */
export function toYamlText(value: unknown, options: YamlTextOptions): string {
  const yaml = loadYaml(options.format);
  const doc = new yaml.Document(null, { version: '1.1' });
  doc.contents = createNode(yaml, value, options.cloudFormationShortTags === true) as typeof doc.contents;
  yaml.visit(doc, {
    Scalar(_, node) {
      if (!yaml.isScalar(node) || typeof node.value !== 'string') return;
      node.type = scalarStyle(node.value) ?? node.type;
    },
  });
  if (options.comment !== undefined) doc.commentBefore = options.comment.replace(/^/gm, ' ');
  const text = doc.toString({ lineWidth: 0, directives: false, blockQuote: 'literal' });
  return escapeRawUnsafe(text);
}
