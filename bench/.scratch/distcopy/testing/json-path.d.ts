/**
 * The JSONPath subset mapping templates use in practice: `$`, `$.a.b`, `$.a[0]`, `$['a-b']`. Anything else
 * (wildcards, filters, slices, recursive descent) is refused rather than half-evaluated.
 */
export declare function parseJsonPath(path: string): readonly (string | number)[];
/** The value at `path` in `document`, or undefined when a step is missing. */
export declare function evaluateJsonPath(document: unknown, path: string): unknown;
//# sourceMappingURL=json-path.d.ts.map