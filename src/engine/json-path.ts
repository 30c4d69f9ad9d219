/**
 * The JSONPath subset mapping templates use in practice: `$`, `$.a.b`, `$.a[0]`, `$['a-b']`. Anything else
 * (wildcards, filters, slices, recursive descent) is refused rather than half-evaluated.
 */
export function parseJsonPath(path: string): readonly (string | number)[] {
  if (!path.startsWith('$')) throw new Error(`JSONPath ${JSON.stringify(path)} must start with $`);
  const steps: (string | number)[] = [];
  const step = /^(?:\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\])/;
  let rest = path.slice(1);
  while (rest !== '') {
    const match = step.exec(rest);
    if (!match) {
      throw new Error(
        `JSONPath ${JSON.stringify(path)} is outside the emulated subset ($, $.a.b, $.a[0], $['a']) at ${JSON.stringify(rest)}`,
      );
    }
    const [whole, name, index, single, double] = match;
    // Exactly one of the four alternatives matched, so one group is set.
    steps.push(index !== undefined ? Number(index) : ((name ?? single ?? double) as string));
    rest = rest.slice(whole.length);
  }
  return steps;
}

/** The value at `path` in `document`, or undefined when a step is missing. */
export function evaluateJsonPath(document: unknown, path: string): unknown {
  let current: unknown = document;
  for (const step of parseJsonPath(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, step)) return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}
