import {
  type Document,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  type Node,
  parseDocument,
  visit,
  type YAMLMap,
} from 'yaml';
import { CLOUDFORMATION_TAGS, INTRINSIC_FUNCTIONS } from './cloudformation-tags.js';
import { isServerlessService } from './serverless-service.js';
import { TemplateError } from './template-error.js';

/** What the document is: a CloudFormation/SAM template (has `Resources`) or an OpenAPI/Swagger document. */
export type TemplateKind = 'cloudformation' | 'openapi';

/** A parsed template. Edit `document` with the yaml Document API, then `writeTemplate` it back. */
export interface TemplateDocument {
  readonly format: 'json' | 'yaml';
  readonly kind: TemplateKind;
  readonly document: Document.Parsed;
  /** The text it was read from: JSON output copies its indentation and final newline. */
  readonly text: string;
}

/**
 * Parses a CloudFormation or SAM template (JSON, or YAML with short-form tags such as `!Sub`) or an
 * OpenAPI 3 / Swagger 2 document. Tags stay tags, comments and key order stay as written.
 * Throws TemplateError naming `name` when the text is not one of those.
 */
export function parseTemplate(text: string, name: string): TemplateDocument {
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
    throw new TemplateError(`${name} is not valid YAML: ${problem.message.split('\n')[0]}`);
  }
  if (format === 'json') recordSizes(document.contents);
  else recordAliases(document);
  return { format, kind: kindOf(document, name), document, text };
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

/** Item count of each JSON collection as read: one edited since has another count or an unread child. */
const sizesAsRead = new WeakMap<object, number>();

function recordSizes(node: unknown): void {
  if (!isMap(node) && !isSeq(node)) return;
  sizesAsRead.set(node, node.items.length);
  for (const item of node.items) {
    if (isPair(item)) {
      recordSizes(item.key);
      recordSizes(item.value);
    } else recordSizes(item);
  }
}

/** True when the node and everything under it are as read, so its source text can be copied as is. */
function isAsRead(node: unknown): boolean {
  if (!isNode(node) || node.range === undefined || node.range === null) return false;
  if (isScalar(node)) return true;
  if (!isMap(node) && !isSeq(node)) return false;
  if (sizesAsRead.get(node) !== node.items.length) return false;
  return node.items.every((item) =>
    isPair(item) ? isAsRead(item.key) && isAsRead(item.value) : isAsRead(item),
  );
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

/** The text of a (possibly edited) template, in the format it was read in. */
export function writeTemplate(template: TemplateDocument): string {
  if (template.format === 'yaml') {
    return template.document.toString({ lineWidth: 0, indentSeq: indentsSequences(template.text) });
  }
  const indent = /^\{\r?\n([ \t]+)/.exec(template.text)?.[1] ?? '  ';
  const json = jsonText(template.document.contents, template.text, indent);
  return /\n$/.test(template.text) ? `${json}\n` : json;
}

/** `- item` written deeper than its parent key (yaml's default) or level with it. */
function indentsSequences(text: string): boolean {
  const match = /^( *)[^\s#][^\n]*:[ \t]*\r?\n( *)- /m.exec(text);
  return match === null || (match[2] ?? '').length > (match[1] ?? '').length;
}

/**
 * JSON text of a node with object keys in the document's order. JSON.stringify cannot do it: JavaScript
 * objects put integer-like keys (`"200"`, `"404"`, as in OpenAPI responses) first.
 */
function jsonText(node: unknown, source: string, indent: string, depth = 0): string {
  if (isAsRead(node)) {
    const [start, end] = (node as Node).range as [number, number, number];
    return source.slice(start, end);
  }
  const inner = indent.repeat(depth + 1);
  const outer = indent.repeat(depth);
  if (isMap(node)) {
    if (node.items.length === 0) return '{}';
    const members = node.items.map(
      (pair) =>
        `${inner}${JSON.stringify(String(plainValue(pair.key)))}: ${jsonText(pair.value, source, indent, depth + 1)}`,
    );
    return `{\n${members.join(',\n')}\n${outer}}`;
  }
  if (isSeq(node)) {
    if (node.items.length === 0) return '[]';
    const items = node.items.map((item) => `${inner}${jsonText(item, source, indent, depth + 1)}`);
    return `[\n${items.join(',\n')}\n${outer}]`;
  }
  return JSON.stringify(isScalar(node) ? node.value : (node ?? null)) ?? 'null';
}
