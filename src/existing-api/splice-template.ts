import {
  Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  YAMLMap,
  YAMLSeq,
} from 'yaml';
import { CLOUDFORMATION_TAGS } from './cloudformation-tags.js';

/**
 * Writes an edited template back by splicing its source text: what was read and not edited is copied byte for
 * byte (line endings, indentation, quoting, flow collections, tags, comments, trailing spaces), and only the
 * collections an edit reached are rebuilt, item by item, around their unedited items. New items are rendered
 * with the yaml package in the file's own style (indent width, sequence indentation, line ending).
 */

/** What each collection (its items) and pair (its key and value) of a parsed template held as read. */
const shapesAsRead = new WeakMap<object, readonly unknown[]>();

/** Records the shape of everything under `node`, so edits made since can be told from what was read. */
export function recordShapes(node: unknown): void {
  if (isPair(node)) {
    shapesAsRead.set(node, [node.key, node.value]);
    recordShapes(node.key);
    recordShapes(node.value);
  } else if (isMap(node) || isSeq(node)) {
    shapesAsRead.set(node, [...node.items]);
    for (const item of node.items) recordShapes(item);
  }
}

/** The source a template was read from, and the style new text follows. */
export interface SourceStyle {
  readonly format: 'json' | 'yaml';
  readonly text: string;
  readonly document: Document.Parsed;
}

interface Style extends SourceStyle {
  /** The file's line ending. */
  readonly eol: string;
  /** One level of indentation. */
  readonly indent: string;
  /** `- item` deeper than its parent key (yaml's default) or level with it. */
  readonly indentSeq: boolean;
  /** A JSON file written on one line (minified): what is added is too. */
  readonly compact: boolean;
}

/** The template's text with its edits: the source, where nothing was edited. */
export function spliceTemplate(source: SourceStyle): string {
  const root = source.document.contents;
  if (!isChanged(root)) return source.text;
  const style: Style = {
    ...source,
    eol: /\r\n/.test(source.text.slice(0, source.text.indexOf('\n') + 1)) ? '\r\n' : '\n',
    indent: source.format === 'json' ? jsonIndent(source.text) : ' '.repeat(yamlIndentWidth(source.text)),
    indentSeq: indentsSequences(source.text),
    compact: source.format === 'json' && !source.text.trim().includes('\n'),
  };
  const [start, end] = rangeOf(root, source.text);
  return source.text.slice(0, start) + collectionText(root as YAMLMap, style) + source.text.slice(end);
}

/**
 * Where a node is in the source. A block collection's range runs on to the indentation of the line after it: that
 * belongs to what follows, so it ends after its last line break.
 */
function rangeOf(node: unknown, text: string): [number, number] {
  const [start, end] = (node as Node).range as [number, number, number];
  const lastLine = text.lastIndexOf('\n', end - 1) + 1;
  return [start, lastLine > start && /^[ \t]*$/.test(text.slice(lastLine, end)) ? lastLine : end];
}

function hasRange(node: unknown): boolean {
  return (node as Node | null)?.range !== undefined && (node as Node | null)?.range !== null;
}

/** True when `node` (a node, pair or null) was not read from the source as it is now. */
function isChanged(node: unknown): boolean {
  if (node === null || node === undefined || isAlias(node)) return false;
  if (isScalar(node)) return !hasRange(node);
  const shape = shapesAsRead.get(node as object);
  if (shape === undefined) return true;
  if (isPair(node)) {
    return shape[0] !== node.key || shape[1] !== node.value || isChanged(node.key) || isChanged(node.value);
  }
  const { items } = node as YAMLMap | YAMLSeq;
  if (items.length !== shape.length || items.some((item, i) => item !== shape[i])) return true;
  return items.some((item) => isChanged(item));
}

/** Where an item of a collection is in the source: from its key (or `-`) to the end of its line, or its end. */
interface Region {
  readonly start: number;
  readonly end: number;
}

function itemValue(item: unknown): unknown {
  return isPair(item) ? item.value : item;
}

function itemRegion(collection: YAMLMap | YAMLSeq, item: unknown, index: number, style: Style): Region {
  const { text } = style;
  // A pair's key and value as read: an edit may have replaced them since.
  const [key, valueAsRead] = isPair(item) ? (shapesAsRead.get(item) ?? []) : [item, item];
  const head = key;
  const value = valueAsRead === null || valueAsRead === undefined ? head : valueAsRead;
  const valueEnd = rangeOf(value, text)[1];
  if (collection.flow === true) return { start: rangeOf(head, text)[0], end: valueEnd };
  let start = rangeOf(head, text)[0];
  if (isSeq(collection))
    start =
      index === 0
        ? rangeOf(collection, text)[0]
        : dashBefore(text, start, column(text, rangeOf(collection, text)[0]));
  const end = text[valueEnd - 1] === '\n' ? valueEnd : lineEnd(text, valueEnd);
  return { start, end };
}

/** The `-` at `dashColumn` that opens the block sequence item starting at or after it, before `at`. */
function dashBefore(text: string, at: number, dashColumn: number): number {
  let line = lineStart(text, at);
  while (line > 0 && !(text[line + dashColumn] === '-' && /^ *$/.test(text.slice(line, line + dashColumn)))) {
    line = lineStart(text, line - 1);
  }
  return line + dashColumn;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** Just after the line break ending the line `at` is on (the end of the text on the last line). */
function lineEnd(text: string, at: number): number {
  const next = text.indexOf('\n', at);
  return next < 0 ? text.length : next + 1;
}

function column(text: string, at: number): number {
  return at - lineStart(text, at);
}

/**
 * The text of an edited collection: its items as they are now, each one read as it was copied (or spliced,
 * when edited inside), new ones rendered; the source's text between items is kept position by position.
 */
function collectionText(collection: YAMLMap | YAMLSeq, style: Style): string {
  const [start, end] = rangeOf(collection, style.text);
  const asRead = shapesAsRead.get(collection) ?? [];
  if (asRead.length === 0) return freshCollection(collection, style, start);
  const regions = asRead.map((item, i) => itemRegion(collection, item, i, style));
  const { text } = style;
  const first = regions[0] as Region;
  const last = regions[regions.length - 1] as Region;
  // What comes before each item but the first: the comments above it and its indentation, or `, `.
  const leading = regions.map((region, i) =>
    i === 0 ? undefined : text.slice((regions[i - 1] as Region).end, region.start),
  );
  const block = collection.flow !== true;
  // Flow items on lines of their own are written at their column; others (`{"Ref": "Api"}`) on their line.
  const startsLine = block || /^[ \t]*$/.test(text.slice(lineStart(text, first.start), first.start));
  const pad = startsLine ? ' '.repeat(column(text, first.start)) : undefined;
  const fallback = block ? (pad as string) : flowSeparator(style, leading, pad);
  let out = text.slice(start, first.start);
  collection.items.forEach((item, k) => {
    const i = asRead.indexOf(item);
    const own = i > 0 ? leading[i] : undefined;
    if (k > 0) {
      if (block && !out.endsWith('\n')) out += style.eol;
      out += own ?? fallback;
    } else if (block && own !== undefined) out += own.trimStart(); // its comments, then its indentation
    out +=
      i < 0
        ? freshItem(item, collection, style, pad)
        : keptItemText(item, regions[i] as Region, collection, style, pad);
  });
  if (collection.items.length === 0) return freshCollection(collection, style, start);
  return out + text.slice(Math.min(last.end, end), end);
}

function flowSeparator(
  style: Style,
  leading: readonly (string | undefined)[],
  pad: string | undefined,
): string {
  const lastSeparator = leading[leading.length - 1];
  if (lastSeparator !== undefined) return lastSeparator;
  if (pad !== undefined) return `,${style.eol}${pad}`;
  return style.compact ? ',' : ', ';
}

/** An item that was read: copied when unedited, spliced when edited inside, rendered anew otherwise. */
function keptItemText(
  item: unknown,
  region: Region,
  collection: YAMLMap | YAMLSeq,
  style: Style,
  pad: string | undefined,
): string {
  const source = style.text.slice(region.start, region.end);
  if (!isChanged(item)) return source;
  const shape = shapesAsRead.get(item as object);
  const value = itemValue(item);
  const sameValue =
    !isPair(item) || (shape?.[0] === item.key && shape?.[1] === item.value && !isChanged(item.key));
  if (!sameValue || !(isMap(value) || isSeq(value)) || !hasRange(value)) {
    return freshItem(item, collection, style, pad, source);
  }
  if (opensBlock(value, collection, style)) {
    value.flow = false;
    return freshItem(item, collection, style, pad, source);
  }
  const [start, end] = rangeOf(value, style.text);
  return (
    style.text.slice(region.start, start) + collectionText(value, style) + style.text.slice(end, region.end)
  );
}

/**
 * A YAML flow collection under a block map that was empty (`IntegrationResponses: []`) or gets a new item that
 * is itself a collection (a response, with its templates) is written as a block, the style of what is added.
 */
function opensBlock(value: YAMLMap | YAMLSeq, collection: YAMLMap | YAMLSeq, style: Style): boolean {
  if (style.format === 'json' || value.flow !== true || collection.flow === true || !isMap(collection)) {
    return false;
  }
  const asRead = shapesAsRead.get(value) ?? [];
  return (
    asRead.length === 0 ||
    value.items.some((item) => !asRead.includes(item) && (isMap(itemValue(item)) || isSeq(itemValue(item))))
  );
}

/**
 * A new item (a pair of a map, an item of a sequence) at column `pad`, in the collection's style. `replaced`:
 * the source of the item it stands for, whose line ending it keeps.
 */
function freshItem(
  item: unknown,
  collection: YAMLMap | YAMLSeq,
  style: Style,
  pad: string | undefined,
  replaced?: string,
): string {
  const flow = collection.flow === true;
  if (style.format === 'json') {
    const value = jsonText(itemValue(item), style, pad);
    return isPair(item) ? `${JSON.stringify(keyOf(item))}${style.compact ? ':' : ': '}${value}` : value;
  }
  const holder = isPair(item) ? new YAMLMap() : new YAMLSeq();
  holder.items.push(item as Pair);
  holder.flow = flow;
  if (flow) doubleQuoteMultiLine(item);
  // In a flow collection a string stays on its line: JSON-style escapes, no folded continuation lines.
  const rendered = yamlText(holder, style, flow).replace(/\n$/, '');
  if (flow) return rendered.replace(/^[[{] ?/, '').replace(/ ?[\]}]$/, '');
  const text = indentLines(rendered, pad ?? '', style.eol);
  const endsLine = replaced === undefined || replaced.endsWith('\n');
  return endsLine ? text + style.eol : text;
}

/** Multi-line strings double-quoted: in a flow collection, other styles would span lines. */
function doubleQuoteMultiLine(node: unknown): void {
  if (isPair(node)) doubleQuoteMultiLine(node.value);
  else if (isMap(node) || isSeq(node)) for (const item of node.items) doubleQuoteMultiLine(item);
  else if (isScalar(node) && typeof node.value === 'string' && node.value.includes('\n')) {
    node.type = 'QUOTE_DOUBLE';
  }
}

/** A collection that had no items when read (`[]`, `{}`), rendered whole at its place. */
function freshCollection(collection: YAMLMap | YAMLSeq, style: Style, start: number): string {
  const pad = style.text.slice(lineStart(style.text, start)).match(/^[ \t]*/)?.[0] ?? '';
  if (style.format === 'json') return jsonText(collection, style, style.compact ? undefined : pad);
  const copy = isMap(collection) ? new YAMLMap() : new YAMLSeq();
  copy.items = [...collection.items] as typeof copy.items;
  copy.flow = true;
  return yamlText(copy, style).replace(/\n$/, '');
}

function keyOf(pair: Pair): string {
  const key = pair.key;
  return isScalar(key) ? String(key.value) : String(key);
}

function indentLines(text: string, pad: string, eol: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join(eol);
}

function yamlText(node: Node, style: Style, doubleQuotedAsJSON = false): string {
  const document = new Document(null, { schema: 'failsafe', customTags: CLOUDFORMATION_TAGS });
  document.contents = node;
  return document.toString({
    lineWidth: 0,
    indent: style.indent.length,
    indentSeq: style.indentSeq,
    doubleQuotedAsJSON,
  });
}

/**
 * JSON text of a node on lines indented by `pad`, or on one line without one (as the file writes `{"Ref": "Api"}`,
 * or all of it when it is minified). Object keys stay in the document's order (JSON.stringify would put
 * integer-like keys such as `"404"` first). What was read and not edited is copied.
 */
function jsonText(node: unknown, style: Style, pad: string | undefined): string {
  if ((isMap(node) || isSeq(node) || isScalar(node)) && hasRange(node) && !isChanged(node)) {
    const [start, end] = rangeOf(node, style.text);
    return style.text.slice(start, end);
  }
  if (isMap(node) || isSeq(node)) {
    if (node.items.length === 0) return isMap(node) ? '{}' : '[]';
    const inner = pad === undefined ? undefined : pad + style.indent;
    const colon = style.compact ? ':' : ': ';
    const members = node.items.map((item) =>
      isPair(item)
        ? `${JSON.stringify(keyOf(item))}${colon}${jsonText(item.value, style, inner)}`
        : jsonText(item, style, inner),
    );
    const [open, close] = isMap(node) ? ['{', '}'] : ['[', ']'];
    if (pad === undefined) return `${open}${members.join(style.compact ? ',' : ', ')}${close}`;
    const lines = members.map((member) => `${inner}${member}`);
    return `${open}${style.eol}${lines.join(`,${style.eol}`)}${style.eol}${pad}${close}`;
  }
  return JSON.stringify(isScalar(node) ? node.value : (node ?? null)) ?? 'null';
}

function jsonIndent(text: string): string {
  return /^\{\r?\n([ \t]+)/.exec(text)?.[1] ?? '  ';
}

/** The file's indentation step: how much deeper the first block under a key is written. Default 2. */
function yamlIndentWidth(text: string): number {
  const lines = text.split(/\r?\n/).filter((line) => !/^\s*(#|$)/.test(line));
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as string;
    if (!/^ *[^\s#-][^#]*:\s*$/.test(line)) continue;
    const next = lines[i + 1] as string;
    const step = (/^ */.exec(next)?.[0].length ?? 0) - (/^ */.exec(line)?.[0].length ?? 0);
    if (step > 0 && !/^ *- /.test(next)) return step;
  }
  return 2;
}

/** `- item` written deeper than its parent key (yaml's default) or level with it. */
function indentsSequences(text: string): boolean {
  const match = /^( *)[^\s#][^\n]*:[ \t]*\r?\n( *)- /m.exec(text);
  return match === null || (match[2] ?? '').length > (match[1] ?? '').length;
}
