import { isScalar, type Node, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { scalarStyle } from '../generate/emitters/yaml-text.js';
import type { TemplateDocument } from './read-template.js';

/**
 * A node holding `value` (plain data: objects, strings, numbers, booleans) written the way the
 * template is read. YAML templates are read without type resolution (so `0755` and `yes` come back as
 * written), so numbers and booleans become plain scalars and strings that YAML would read as something else
 * (`"404"`, `"true"`) are quoted.
 */
export function templateNode(template: TemplateDocument, value: unknown): Node {
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
