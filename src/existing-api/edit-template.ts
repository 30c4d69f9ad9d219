/** Editing a parsed template in place: nodes written in its style, entries set, maps and lists created. */
import { isMap, isScalar, isSeq, type Node, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { scalarStyle } from '../generate/emitters/yaml-text.js';
import { nodeAt, plainValue, type TemplateDocument } from './read-template.js';

/**
 * A node holding `value` (plain data: objects, strings, numbers, booleans) written the way the
 * template is read. YAML templates are read without type resolution (so `0755` and `yes` come back as
 * written), so numbers and booleans become plain scalars and strings that YAML would read as something else
 * (`"404"`, `"true"`) are quoted.
 */
export function templateNode(template: TemplateDocument, value: unknown): Node {
  const findInMap = shortFindInMap(template, value);
  if (findInMap !== undefined) return findInMap;
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    for (const item of value) seq.items.push(templateNode(template, item));
    return seq;
  }
  if (value !== null && typeof value === 'object') {
    const map = new YAMLMap();
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) map.set(templateNode(template, key), templateNode(template, item));
    }
    return map;
  }
  if (template.format === 'json') return new Scalar(value);
  const scalar = new Scalar(String(value));
  if (typeof value !== 'string') scalar.type = 'PLAIN';
  else scalar.type = scalarStyle(value) ?? (readsAsString(value) ? undefined : 'QUOTE_DOUBLE');
  return scalar;
}

/** Whether plain `value` reads back as that string under YAML 1.1 (CloudFormation) and 1.2. */
function readsAsString(value: string): boolean {
  return (['1.1', '1.2'] as const).every((version) => {
    const node = parseDocument(value, { version }).contents;
    return isScalar(node) && node.value === value;
  });
}

/** Sets each entry under `map[key]` (created when absent), replacing values of keys already there. */
export function setAll(
  template: TemplateDocument,
  map: YAMLMap,
  key: string,
  entries: Readonly<Record<string, unknown>>,
): void {
  if (Object.keys(entries).length === 0) return;
  const target = mapAt(template, map, key);
  for (const [name, value] of Object.entries(entries)) setEntry(template, target, name, value);
}

/** Sets `map[key]` to `value`, written in the template's style, where the key is or at the end of the map. */
export function setEntry(template: TemplateDocument, map: YAMLMap, key: string, value: unknown): void {
  const node = templateNode(template, value);
  const pair = map.items.find((item) => String(plainValue(item.key)) === key);
  if (pair !== undefined) pair.value = node;
  else map.items.push(new Pair(templateNode(template, key), node));
}

/** The map at `map[key]`, created (at the end of `map`) when absent or not a map. */
export function mapAt(template: TemplateDocument, map: YAMLMap, key: string): YAMLMap {
  const found = nodeAt(map, key);
  if (isMap(found)) return found;
  const created = new YAMLMap();
  setNode(template, map, key, created);
  return created;
}

/** The list at `map[key]`, created (at the end of `map`) when absent or not a list. */
export function seqAt(template: TemplateDocument, map: YAMLMap, key: string): YAMLSeq {
  const found = nodeAt(map, key);
  if (isSeq(found)) return found;
  const created = new YAMLSeq();
  setNode(template, map, key, created);
  return created;
}

function setNode(template: TemplateDocument, map: YAMLMap, key: string, value: Node): void {
  const pair = map.items.find((item) => String(plainValue(item.key)) === key);
  if (pair !== undefined) pair.value = value;
  else map.items.push(new Pair(templateNode(template, key), value));
}

const writesShortTags = new WeakMap<TemplateDocument, boolean>();

/** A YAML template that writes intrinsic functions with their short tags (`!Ref`, `!Sub`, …) anywhere. */
function usesShortTags(template: TemplateDocument): boolean {
  let uses = writesShortTags.get(template);
  if (uses === undefined) {
    uses =
      /(?:^|[\s:[{,-])!(?:Ref|Sub|GetAtt|Join|FindInMap|If|Select|Split|ImportValue|Base64|GetAZs|Cidr)\b/m.test(
        template.text,
      );
    writesShortTags.set(template, uses);
  }
  return uses;
}

/**
 * `!FindInMap [Map, Key, Name]` for `{ "Fn::FindInMap": [...] }` of three names, in a YAML template that writes
 * short tags (the long form otherwise, as in JSON).
 */
function shortFindInMap(template: TemplateDocument, value: unknown): Node | undefined {
  if (template.format !== 'yaml' || value === null || typeof value !== 'object') return undefined;
  const args = (value as Record<string, unknown>)['Fn::FindInMap'];
  if (Object.keys(value).length !== 1 || !Array.isArray(args) || !usesShortTags(template)) return undefined;
  const seq = new YAMLSeq();
  for (const arg of args) seq.items.push(templateNode(template, arg));
  seq.tag = '!FindInMap';
  seq.flow = true;
  return seq;
}
