import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Node,
  parseDocument,
  visit,
  type YAMLError,
  type YAMLMap,
} from 'yaml';
import { TemplateError } from '../surface/errors.js';
import { isRecord } from '../util/safe-read.js';
import { CLOUDFORMATION_TAGS, INTRINSIC_FUNCTIONS } from './cloudformation-tags.js';
import { isServerlessService } from './serverless-service.js';
import { recordShapes, spliceTemplate } from './splice-template.js';

/** What the document is: a CloudFormation/SAM template (has `Resources`) or an OpenAPI/Swagger document. */
export type TemplateKind = 'cloudformation' | 'openapi';

/** A parsed template. Edit `document` with the yaml Document API, then `writeTemplate` it back. */
export interface TemplateDocument {
  readonly format: 'json' | 'yaml';
  readonly kind: TemplateKind;
  readonly document: Document.Parsed;
  /** The text it was read from, without its byte order mark: what is not edited is copied from it. */
  readonly text: string;
  /** `\uFEFF` when the text started with a byte order mark, written back in front of it; else empty. */
  readonly byteOrderMark: string;
}

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * yaml's bound on alias expansion (its `maxAliasCount`), for every command that reads templates: an alias bomb
 * (a few hundred bytes expanding to billions of nodes) is refused before anything walks it.
 */
const MAX_ALIAS_COUNT = 1000;

/**
 * The document as plain JavaScript, its aliases expanded within MAX_ALIAS_COUNT. Throws TemplateError naming
 * `name` beyond it.
 */
export function boundedValue(document: Document, name: string): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    throw new TemplateError(
      `${name}: its YAML aliases expand beyond ${MAX_ALIAS_COUNT} copies of their anchors (an alias bomb?); write the repeated parts out instead of aliasing them`,
    );
  }
}

/**
 * Parses a CloudFormation or SAM template (JSON, or YAML with short-form tags such as `!Sub`) or an
 * OpenAPI 3 / Swagger 2 document. Tags stay tags, comments and key order stay as written.
 * Throws TemplateError naming `name` when the text is not one of those.
 */
export function parseTemplate(textAsRead: string, name: string): TemplateDocument {
  const byteOrderMark = textAsRead.startsWith(BYTE_ORDER_MARK) ? BYTE_ORDER_MARK : '';
  const text = textAsRead.slice(byteOrderMark.length);
  const format = text.trimStart().startsWith('{') ? 'json' : 'yaml';
  if (format === 'json') checkJson(text, name);
  const document = parseDocument(text, {
    // Without type resolution YAML scalars come back exactly as written (`0755`, `yes`); JSON needs its types.
    schema: format === 'yaml' ? 'failsafe' : 'core',
    customTags: CLOUDFORMATION_TAGS,
    keepSourceTokens: false,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const problem = document.errors[0];
  if (problem !== undefined) {
    throw new TemplateError(`${name} is not valid ${syntaxProblem(format, problem, text)}`);
  }
  if (format === 'yaml') {
    boundedValue(document, name);
    recordAliases(document);
  }
  recordShapes(document.contents);
  return { format, kind: kindOf(document, name), document, text, byteOrderMark };
}

/** `JSON: …` or `YAML: …`: a duplicate key in a JSON file is a JSON problem, named as one. */
function syntaxProblem(format: 'json' | 'yaml', problem: YAMLError, text: string): string {
  if (format === 'json' && problem.code === 'DUPLICATE_KEY') {
    const at = problem.pos[0];
    const key = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(at))?.[0];
    const line = text.slice(0, at).split('\n').length;
    return `JSON: ${key === undefined ? 'a key' : `the key ${key}`} appears twice in one object (line ${line}); keep one`;
  }
  return `${format === 'json' ? 'JSON' : 'YAML'}: ${problem.message.split('\n')[0]}`;
}

/** The node each alias of a parsed YAML template stands for (its anchor's node). */
const aliasTargets = new WeakMap<object, unknown>();

function recordAliases(document: Document.Parsed): void {
  visit(document, {
    Alias(_, alias) {
      aliasTargets.set(alias, alias.resolve(document));
    },
  });
}

/**
 * The node an alias (`*name`) stands for, the node itself otherwise. Edits made through it land on the
 * anchor's node, so every alias of it sees them: the aliases stay as written.
 */
export function resolveAlias(node: unknown): unknown {
  return isAlias(node) ? aliasTargets.get(node) : node;
}

/** `map.get(key, true)`, through an alias. */
export function nodeAt(map: YAMLMap, key: string): unknown {
  return resolveAlias(map.get(key, true));
}

function checkJson(text: string, name: string): void {
  try {
    JSON.parse(text);
  } catch (error) {
    throw new TemplateError(`${name} is not valid JSON: ${(error as Error).message}`);
  }
}

function kindOf(document: Document.Parsed, name: string): TemplateKind {
  const root = document.contents;
  if (isMap(root)) {
    if (root.has('Resources')) return 'cloudformation';
    if (isOpenApi(root)) return 'openapi';
  }
  if (isServerlessService(root)) {
    throw new TemplateError(
      `${name} is a Serverless Framework service, not a CloudFormation/SAM template or OpenAPI document: add the plugin to it instead (plugins: [lambda-error-map/serverless]), which fills its non-proxy events when the service is packaged`,
    );
  }
  throw new TemplateError(
    `${name} is neither a CloudFormation/SAM template (no top-level Resources) nor an OpenAPI document (no top-level openapi or swagger); pass the template that defines your REST API`,
  );
}

/** An OpenAPI 3 (`openapi: 3.x`) or Swagger 2 (`swagger: "2.0"`) document. */
export function isOpenApi(node: unknown): node is YAMLMap {
  if (!isMap(node)) return false;
  return /^3\./.test(String(plainValue(node.get('openapi', true)))) || isSwagger(node);
}

export function isSwagger(node: unknown): boolean {
  return isMap(node) && String(plainValue(node.get('swagger', true))) === '2.0';
}

/**
 * The node as plain JavaScript, short-form tags written in long form (`!Sub x` → `{ "Fn::Sub": "x" }`,
 * `!GetAtt a.b` → `{ "Fn::GetAtt": ["a", "b"] }`), as CloudFormation reads it; aliases read as their anchor's node.
 */
export function plainValue(node: unknown): unknown {
  return plainValueExpanding(node, []);
}

/** The logical id a `{ Ref: Id }` (a plain value) names. */
export function refOf(value: unknown): string | undefined {
  const ref = isRecord(value) ? value.Ref : undefined;
  return typeof ref === 'string' ? ref : undefined;
}

/**
 * `expanding`: the anchors' nodes whose aliases are being read, outer first. An alias met again inside its
 * own expansion stands for a node that contains it: reading on would never end.
 */
function plainValueExpanding(node: unknown, expanding: readonly unknown[]): unknown {
  if (node === null || node === undefined) return node;
  if (isAlias(node)) {
    const target = resolveAlias(node);
    if (expanding.includes(target)) {
      throw new TemplateError(
        `the YAML alias *${node.source} stands for a node that contains it; write that part out without the alias`,
      );
    }
    return plainValueExpanding(target, [...expanding, target]);
  }
  let value: unknown;
  if (isMap(node)) {
    const object: Record<string, unknown> = {};
    for (const pair of node.items) {
      object[String(plainValueExpanding(pair.key, expanding))] = plainValueExpanding(pair.value, expanding);
    }
    value = object;
  } else if (isSeq(node)) value = node.items.map((item) => plainValueExpanding(item, expanding));
  else if (isScalar(node)) value = node.value;
  else return node;
  const longForm = INTRINSIC_FUNCTIONS[(node as Node).tag ?? ''];
  if (longForm === undefined) return value;
  if (longForm === 'Fn::GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { [longForm]: dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [longForm]: value };
}

/**
 * The text of a (possibly edited) template, in the format it was read in: only what was edited is written anew
 * (see spliceTemplate), every other byte is the source's.
 */
export function writeTemplate(template: TemplateDocument): string {
  return template.byteOrderMark + spliceTemplate(template);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A template file's bytes as text. CloudFormation and API Gateway read templates as UTF-8: other bytes (Latin-1
 * `ü`, Windows-1252 quotes) are refused, naming the first line that has them, instead of becoming U+FFFD.
 */
export function decodeTemplate(bytes: Uint8Array, name: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new TemplateError(
      `${name} is not UTF-8: line ${firstLineNotUtf8(bytes)} has bytes that are not; save it as UTF-8`,
    );
  }
}

function firstLineNotUtf8(bytes: Uint8Array): number {
  let start = 0;
  for (let line = 1; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    try {
      strictUtf8.decode(bytes.subarray(start, end < 0 ? bytes.length : end));
    } catch {
      return line;
    }
    if (end < 0) return line;
    start = end + 1;
  }
}
