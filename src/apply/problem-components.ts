import type { YAMLMap } from 'yaml';
import { mapAt, setEntry } from '../existing-api/edit-template.js';
import { plainValue, type TemplateDocument } from '../existing-api/read-template.js';
import {
  PROBLEM_SCHEMA_MARK,
  PROBLEM_SCHEMA_NAME,
  problemExampleComponents,
  problemSchema,
} from '../generate/emitters/openapi-problems.js';
import type { ProblemExampleModel } from '../generate/model.js';
import { isProblemExampleName } from '../generate/problem-examples.js';
import { documentVersion } from './write-responses.js';

/**
 * Adds what the operations' problem+json bodies refer to: the `Problem` schema (`components.schemas`, Swagger 2's
 * `definitions`) and, in OpenAPI 3, the examples (`components.examples`, named `Problem.…`). A `Problem` schema
 * the user wrote is kept, and the responses refer to it; one an earlier apply wrote is replaced. The examples
 * named `Problem.…` are the generator's: they are written anew, after the user's own, so a second apply changes
 * nothing and a kind removed from the catalog leaves no example behind.
 */
export function addProblemComponents(
  template: TemplateDocument,
  document: YAMLMap,
  examplesByStatus: ReadonlyMap<string, readonly ProblemExampleModel[]>,
): void {
  const version = documentVersion(document);
  const schemas =
    version === '2.0'
      ? mapAt(template, document, 'definitions')
      : mapAt(template, mapAt(template, document, 'components'), 'schemas');
  if (isOurs(schemas.get(PROBLEM_SCHEMA_NAME, true))) {
    setEntry(template, schemas, PROBLEM_SCHEMA_NAME, problemSchema(version));
  }
  if (version === '2.0') return;
  const examples = problemExampleComponents(examplesByStatus);
  if (Object.keys(examples).length === 0) return;
  const map = mapAt(template, mapAt(template, document, 'components'), 'examples');
  map.items = map.items.filter((pair) => !isProblemExampleName(String(plainValue(pair.key))));
  for (const [name, value] of Object.entries(examples)) setEntry(template, map, name, value);
}

/** Absent, or written by the generator (its description starts with the generator's). */
function isOurs(node: unknown): boolean {
  const schema = plainValue(node);
  if (schema === undefined) return true;
  const description = (schema as { description?: unknown } | null)?.description;
  return typeof description === 'string' && description.startsWith(PROBLEM_SCHEMA_MARK);
}
