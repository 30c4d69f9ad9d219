/**
 * `Fn::FindInMap` as CloudFormation resolves it, for the readers of response templates: the generator stores each
 * distinct mapping template once in the template's `Mappings` and refers to it from every method.
 */

import { isRecord } from '../util/safe-read.js';

/** The mapping that holds the generated response templates, and its one top-level key. */
export const TEMPLATE_MAP_NAME = 'LambdaErrorMap';
export const TEMPLATE_MAP_KEY = 'ResponseTemplates';

/** A value as CloudFormation reads it, or why it cannot be read before deployment (one line). */
export type FindInMapResult = { readonly value: unknown } | { readonly problem: string };

const FIND_IN_MAP = 'Fn::FindInMap';

/**
 * `value` with a `{ "Fn::FindInMap": [map, key, name] }` (the YAML `!FindInMap` short form read in long form)
 * looked up in `mappings`, the template's `Mappings` section; any other value unchanged. Arguments that are not
 * literal strings (`!Ref`, a nested function) and names the section does not have are a problem, not a throw.
 */
export function resolveFindInMap(value: unknown, mappings: unknown): FindInMapResult {
  if (!isRecord(value) || !Object.hasOwn(value, FIND_IN_MAP) || Object.keys(value).length !== 1) {
    return { value };
  }
  const args = value[FIND_IN_MAP];
  const call = `Fn::FindInMap ${JSON.stringify(args)}`;
  if (!Array.isArray(args) || args.length !== 3 || !args.every((arg) => typeof arg === 'string')) {
    return {
      problem: `${call} does not name its map and keys with three literal strings, so it cannot be read before deployment; write the value out or name the entry literally`,
    };
  }
  const [map, key, name] = args as [string, string, string];
  const entries = isRecord(mappings) ? mappings[map] : undefined;
  const second = isRecord(entries) ? entries[key] : undefined;
  const found = isRecord(second) && Object.hasOwn(second, name) ? second[name] : undefined;
  if (found === undefined) {
    const missing = !isRecord(entries) ? `no mapping ${map}` : `no ${map}.${key}.${name}`;
    return {
      problem: `${call} names ${missing} in the template's Mappings; add the entry to Mappings or write the value out`,
    };
  }
  return { value: found };
}
