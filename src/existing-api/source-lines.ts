/** Lines of the file lint read: where each method is declared, for SARIF locations and the JSON report. */
import { type Document, isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';

import type { HttpEventConfig } from './serverless-events.js';
import { originOf, routeOf } from './serverless-events.js';

/** The line (from 1) of a character offset in `text`: a binary search over the line starts. */
export function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/** The line a YAML (or JSON) node starts on, when it has a range. */
export function nodeLine(
  node: Node | null | undefined,
  lineOf: (offset: number) => number,
): number | undefined {
  return node?.range ? lineOf(node.range[0]) : undefined;
}

/**
 * The line of each `http` event of a serverless.yml, by the origin lint gives its method:
 * `functions.getOrder (GET /orders/{id})`.
 */
export function serverlessEventLines(document: Document.Parsed, text: string): Map<string, number> {
  const lineOf = lineFinder(text);
  const lines = new Map<string, number>();
  const functions = document.get('functions', true);
  if (!isMap(functions)) return lines;
  for (const pair of functions.items) {
    const events = isMap(pair.value) ? pair.value.get('events', true) : undefined;
    if (!isSeq(events)) continue;
    for (const event of events.items) {
      const http = isMap(event) ? event.get('http', true) : undefined;
      if (!isMap(http)) continue;
      const route = routeOf(http.toJSON() as HttpEventConfig);
      const origin = originOf({
        functionName: String(isScalarKey(pair.key) ? pair.key.value : pair.key),
        route,
      });
      const line = nodeLine(event as Node, lineOf);
      if (line !== undefined && !lines.has(origin)) lines.set(origin, line);
    }
  }
  return lines;
}

function isScalarKey(key: unknown): key is Scalar {
  return isScalar(key);
}
