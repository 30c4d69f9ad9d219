import { readFileSync } from 'node:fs';
import { isMap, type Node } from 'yaml';
import { readMethods } from '../../src/existing-api/find-apis.js';
import { parseTemplate, plainValue } from '../../src/existing-api/read-template.js';

/**
 * Templates written for the tests of what `apply` leaves alone: each reproduces shapes real templates have
 * (CRLF, 4-space indentation, flow collections, tags on their own line, multi-line double-quoted strings,
 * trailing spaces, column-0 comments, comments in a proxy method, MOCK, S3 and DynamoDB methods, an async
 * method, `Fn::If` and `$ref` integrations, a SAM implicit API), in both line endings.
 */
export interface SurgicalCase {
  readonly name: string;
  readonly file: string;
  readonly text: string;
  /** How many non-proxy Lambda methods `apply` fills. */
  readonly filled: number;
  /** How many methods `apply` leaves alone, saying why. */
  readonly leftAlone: number;
  /** Lines that must be in the result: what is added is written at the file's own indentation. */
  readonly addedLines: readonly string[];
}

const FIXTURES = new URL('../existing-api/fixtures/surgical/', import.meta.url);

function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

function withLineEnding(text: string, eol: '\n' | '\r\n'): string {
  return text.replace(/\r?\n/g, eol);
}

const SHAPES = [
  {
    file: 'orders-4-space.yaml',
    filled: 2,
    leftAlone: 2,
    addedLines: [
      '                IntegrationResponses:',
      '                    - StatusCode: "400"',
      '            MethodResponses:',
      '    ApiGatewayResponseThrottled:',
      '        Type: AWS::ApiGateway::GatewayResponse',
    ],
  },
  {
    file: 'orders-openapi.yaml',
    filled: 1,
    leftAlone: 1,
    addedLines: [
      '        "400":',
      '        responses:',
      'x-amazon-apigateway-gateway-responses:',
      '  DEFAULT_4XX:',
    ],
  },
  {
    file: 'implicit-sam-api.yaml',
    filled: 0,
    leftAlone: 0,
    addedLines: ['    Api:', '        GatewayResponses:', '            DEFAULT_4XX:'],
  },
  {
    file: 'orders-4-space-crlf.json',
    filled: 1,
    leftAlone: 0,
    addedLines: [
      '                    "IntegrationResponses": [',
      '        "ApiGatewayResponseThrottled": {',
      '            "Type": "AWS::ApiGateway::GatewayResponse",',
    ],
  },
];

export const SURGICAL_CASES: readonly SurgicalCase[] = SHAPES.flatMap((shape) =>
  (['\n', '\r\n'] as const).map((eol) => ({
    ...shape,
    name: `${shape.file} with ${eol === '\n' ? 'LF' : 'CRLF'}`,
    text: withLineEnding(fixture(shape.file), eol),
  })),
);

/** The lines of a text, each with its line ending (`\r` kept), so a changed line ending is a changed line. */
export function linesOf(text: string): string[] {
  return text.split('\n');
}

/** Indices of the lines of `before` that are not in `after`: a longest-common-subsequence line diff. */
export function removedLines(before: readonly string[], after: readonly string[]): number[] {
  const n = before.length;
  const m = after.length;
  const width = m + 1;
  const common = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      common[i * width + j] =
        before[i] === after[j]
          ? (common[(i + 1) * width + j + 1] as number) + 1
          : Math.max(common[(i + 1) * width + j] as number, common[i * width + j + 1] as number);
    }
  }
  const removed: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n) {
    if (j < m && before[i] === after[j]) {
      i++;
      j++;
    } else if (j < m && (common[i * width + j + 1] as number) >= (common[(i + 1) * width + j] as number)) j++;
    else removed.push(i++);
  }
  return removed;
}

/**
 * The lines (0-based, inclusive ranges) `apply` may rewrite in `text`: those of each filled method (its
 * `Properties`, or its OpenAPI operation), and each `DependsOn` of a deployment, to which it adds names.
 */
export function rewritableLines(text: string, name: string): Array<readonly [number, number]> {
  const template = parseTemplate(text, name);
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
  const span = (from: Node, to: Node) =>
    [lineOf((from.range as number[])[0] as number), lineOf((to.range as number[])[1] as number)] as const;
  const ranges = readMethods(template)
    .methods.filter((method) => !method.proxy)
    .map((method) => span(method.method, method.method));
  const resources = (template.document.contents as { get(key: string, keep: true): unknown }).get(
    'Resources',
    true,
  );
  if (isMap(resources)) {
    for (const pair of resources.items) {
      const resource = pair.value;
      if (!isMap(resource) || plainValue(resource.get('Type', true)) !== 'AWS::ApiGateway::Deployment')
        continue;
      const dependsOn = resource.items.find((item) => plainValue(item.key) === 'DependsOn');
      if (dependsOn !== undefined) ranges.push(span(dependsOn.key as Node, dependsOn.value as Node));
    }
  }
  return ranges;
}

/**
 * The lines of `before` that `apply` changed outside what it may rewrite. In JSON, a member followed by an
 * added one gains its comma: the same line with `,` after it is no change.
 */
export function linesChangedOutside(before: string, after: string, name: string): string[] {
  const beforeLines = linesOf(before);
  const afterLines = linesOf(after);
  const allowed = rewritableLines(before, name);
  const json = before.trimStart().startsWith('{');
  return removedLines(beforeLines, afterLines)
    .filter((i) => !allowed.some(([from, to]) => i >= from && i <= to))
    .filter((i) => {
      const line = beforeLines[i] as string;
      const withComma = line.endsWith('\r') ? `${line.slice(0, -1)},\r` : `${line},`;
      return !(json && afterLines.includes(withComma));
    })
    .map((i) => `${i + 1}: ${JSON.stringify(beforeLines[i])}`);
}
