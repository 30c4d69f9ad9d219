import { isMap, Pair, YAMLMap } from 'yaml';
import { mapAt, templateNode } from '../existing-api/edit-template.js';
import { TEMPLATE_MAP_KEY, TEMPLATE_MAP_NAME } from '../existing-api/find-in-map.js';
import { nodeAt, plainValue, type TemplateDocument } from '../existing-api/read-template.js';
import type { SharedTemplates } from '../generate/emitters/cloudformation.js';
import { TemplateError } from '../surface/errors.js';

/**
 * Refuses, before anything is written, a template whose `Mappings.LambdaErrorMap` is the user's own: apply stores
 * the generated response templates there (`ResponseTemplates`, strings only) and would overwrite it.
 */
export function checkTemplateMapFree(template: TemplateDocument, name: string): void {
  const mappings = nodeAt(template.document.contents as YAMLMap, 'Mappings');
  const existing = isMap(mappings) ? plainValue(nodeAt(mappings, TEMPLATE_MAP_NAME)) : undefined;
  if (existing === undefined || isTemplateMap(existing)) return;
  throw new TemplateError(
    `${name}: Mappings.${TEMPLATE_MAP_NAME} is not the one apply writes (${TEMPLATE_MAP_KEY} with template texts only), and apply stores the generated response templates there; rename your mapping`,
  );
}

function isTemplateMap(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const templates = (value as Record<string, unknown>)[TEMPLATE_MAP_KEY];
  return (
    keys.length === 1 &&
    keys[0] === TEMPLATE_MAP_KEY &&
    templates !== null &&
    typeof templates === 'object' &&
    !Array.isArray(templates) &&
    Object.values(templates).every((text) => typeof text === 'string')
  );
}

/**
 * Writes the shared templates into `Mappings.LambdaErrorMap.ResponseTemplates`, creating the section (before
 * `Resources`) when the template has none; other mappings, and other keys of ours, stay as they are. An entry
 * that already holds the same text is not touched, so a second apply gives the same bytes.
 */
export function writeTemplateMappings(template: TemplateDocument, shared: SharedTemplates): void {
  if (shared.entries.size === 0) return;
  const root = template.document.contents as YAMLMap;
  if (!isMap(nodeAt(root, 'Mappings'))) {
    const at = root.items.findIndex((pair) => String(plainValue(pair.key)) === 'Resources');
    const pair = new Pair(templateNode(template, 'Mappings'), new YAMLMap());
    root.items.splice(at < 0 ? root.items.length : at, 0, pair);
  }
  const texts = mapAt(
    template,
    mapAt(template, mapAt(template, root, 'Mappings'), TEMPLATE_MAP_NAME),
    TEMPLATE_MAP_KEY,
  );
  for (const [key, text] of shared.entries) {
    const pair = texts.items.find((item) => String(plainValue(item.key)) === key);
    if (pair !== undefined && plainValue(pair.value) === text) continue;
    if (pair !== undefined) pair.value = templateNode(template, text);
    else texts.items.push(new Pair(templateNode(template, key), templateNode(template, text)));
  }
}
