/**
 * Property 5 (pattern safety): every generated selection pattern, on adversarial megabyte messages, runs
 * under Java without a StackOverflowError and routes as the contract says; none matches the empty message.
 * `npm run fuzz` also times every pattern × message pair under Java (best of three) and reports the worst,
 * with how it grows when the input is 4× longer (linear ≈ 4×). Times are reported, never asserted.
 */
import fc from 'fast-check';
import { type IntegrationResponsesOptions, integrationResponses } from '../../../src/generate/index.js';
import { defaultCatalog, defineErrorCatalog, type ErrorCatalog } from '../../../src/index.js';
import { randomCatalog } from '../../support/arbitraries.js';
import { javaMatchMatrix, javaMatchTimes, javaWorstMatchTime } from '../../support/java-regex.js';
import { expectedJavaRoute } from '../support/expected-route.js';
import { clip, type PropertyReport } from '../support/report.js';
import type { RunSettings } from '../support/settings.js';

export const PATTERN_SAFETY_PROPERTY = 'pattern safety: megabyte adversarial messages under Java';

export const MEGABYTE = 1_000_000;

/** Messages built to make a backtracking matcher scan, backtrack or recurse over their whole length. */
export const ADVERSARIAL_MESSAGES: Readonly<Record<string, (size: number) => string>> = {
  'tag then a megabyte': (n) => '[404] {' + 'a'.repeat(n),
  'RequestId: then no space': (n) => 'RequestId: ' + 'x'.repeat(n),
  'RequestId: then newlines': (n) => 'RequestId: ' + '\n'.repeat(n),
  'RequestId: x Error: repeated': (n) => 'RequestId: ' + 'x Error: '.repeat(n / 9),
  'newlines only': (n) => '\n'.repeat(n),
  'spaces only': (n) => ' '.repeat(n),
  'open brackets': (n) => '['.repeat(n / 2),
  'bracket then digits': (n) => '[' + '4'.repeat(n),
  'almost-tags repeated': (n) => '[404] '.repeat(n / 6),
  'brace-less tags repeated': (n) => '[404]{'.repeat(n / 6),
  'timeout start repeated': (n) => 'Task timed out after '.repeat(n / 21),
  'crash message repeated': (n) => 'Runtime exited with error: signal: killed'.repeat(n / 41),
  'tag then newlines': (n) => '[500] {' + '\n'.repeat(n),
  'unknown tag then braces': (n) => '[999] {' + '}'.repeat(n),
  'lone surrogates': (n) => '\ud800'.repeat(n),
  'line separators': (n) => '\u2028'.repeat(n),
  'longest request id then NEL': (n) =>
    'RequestId: ' + 'x'.repeat(128) + ' Error: Task timed out after ' + '\u0085'.repeat(n),
  'dated timestamp then no space': (n) => '2019-04-25T' + 'x'.repeat(n),
  'dated timestamp then an endless id': (n) => '2019-04-25T00:00:00Z ' + 'x'.repeat(n),
  'dated form repeated': (n) => '2019-04-25T00:00:00Z x '.repeat(n / 23),
  'request id one too long': (n) =>
    'RequestId: ' + 'x'.repeat(129) + ' Error: Task timed out after ' + 'y'.repeat(n),
};

interface PatternSet {
  readonly label: string;
  readonly catalog: ErrorCatalog;
  readonly options: IntegrationResponsesOptions;
}

/** Every status from 400 to 599: the longest alternations a catalog can produce. */
function everyStatusCatalog(): ErrorCatalog {
  const definitions: Record<string, { status: number }> = {};
  for (let status = 400; status <= 599; status++) definitions[`Status${status}`] = { status };
  return defineErrorCatalog(definitions, { base: null });
}

/**
 * The catalogs whose patterns are checked: the default one (also with timeouts merged into the catch-all)
 * and the one with every status, plus, when asked, an empty one and random ones. Each set costs Java a
 * full scan of every megabyte message, so `npm test` keeps to the first three.
 */
function patternSets(seed: number, extended: boolean): PatternSet[] {
  const core: PatternSet[] = [
    { label: 'default catalog', catalog: defaultCatalog, options: {} },
    { label: 'default, timeouts to the catch-all', catalog: defaultCatalog, options: { timeoutStatus: 500 } },
    { label: 'every status 400–599', catalog: everyStatusCatalog(), options: {} },
  ];
  if (!extended) return core;
  const random = fc.sample(randomCatalog(), { numRuns: 3, seed });
  return [
    ...core,
    {
      label: 'empty catalog',
      catalog: defineErrorCatalog({}, { base: null }),
      options: { catchAllStatus: 502 },
    },
    ...random.map((catalog, i) => ({
      label: `random catalog ${i + 1}: ${fc.stringify(catalog)}`,
      catalog: catalog.catalog,
      options: {},
    })),
  ];
}

interface Selective {
  readonly set: PatternSet;
  readonly statusCode: string;
  readonly pattern: string;
}

function selectivePatterns(sets: readonly PatternSet[]): Selective[] {
  return sets.flatMap((set) =>
    integrationResponses(set.catalog, set.options).integrationResponses.flatMap((response) =>
      response.selectionPattern === undefined
        ? []
        : [{ set, statusCode: response.statusCode, pattern: response.selectionPattern }],
    ),
  );
}

function contractOf(set: PatternSet) {
  return {
    statuses: set.catalog.statuses,
    timeoutStatus: set.options.timeoutStatus ?? 504,
    catchAllStatus: set.options.catchAllStatus ?? 500,
  };
}

/** Routes the adversarial messages (and '') with every pattern set under Java; returns what is wrong. */
async function routingProblems(
  sets: readonly PatternSet[],
  patterns: readonly Selective[],
  messages: readonly { label: string; text: string }[],
): Promise<string[]> {
  // One Java call: throws (StackOverflowError in Java) if any pattern cannot evaluate any message.
  const matrix = await javaMatchMatrix(
    patterns.map((entry) => entry.pattern),
    messages.map((message) => message.text),
  );
  const problems: string[] = [];
  messages.forEach((message, m) => {
    for (const set of sets) {
      const route = patterns
        .filter((entry, p) => entry.set === set && matrix[m]?.[p])
        .map((entry) => entry.statusCode);
      const expected = expectedJavaRoute(message.text, contractOf(set));
      if (JSON.stringify(route) !== JSON.stringify(expected)) {
        problems.push(
          `${set.label}: "${message.label}" routed to ${JSON.stringify(route)}, expected ${JSON.stringify(expected)}`,
        );
      }
    }
  });
  return problems;
}

export interface PatternSafetyOptions extends RunSettings {
  /** Also time every pair under Java, and add an empty and random catalogs (slow; `npm run fuzz` only). */
  readonly measure: boolean;
  /** Length of the adversarial messages. Default one million characters. */
  readonly size?: number;
}

async function worstTimeNotes(patterns: readonly Selective[], size: number): Promise<string[]> {
  const labels = Object.keys(ADVERSARIAL_MESSAGES);
  const build = (label: string, n: number) => (ADVERSARIAL_MESSAGES[label] as (n: number) => string)(n);
  const worst = await javaWorstMatchTime(
    patterns.map((entry) => entry.pattern),
    labels.map((label) => build(label, size)),
  );
  const pattern = patterns[worst.patternIndex];
  const label = labels[worst.messageIndex] ?? '?';
  if (pattern === undefined) return ['no pattern was timed'];
  // Growth is measured in one JVM (same JIT state for both lengths): linear matching gives about ×4.
  const [base, larger] = await javaMatchTimes(
    [pattern.pattern],
    [build(label, size), build(label, size * 4)],
  );
  const baseMs = base?.[0] ?? 0;
  const largerMs = larger?.[0] ?? 0;
  return [
    `worst Java match time on ${(size / 1e6).toFixed(1)}M-char inputs: ${worst.milliseconds.toFixed(2)} ms ` +
      `(${pattern.set.label}, status ${pattern.statusCode}, "${label}")`,
    `that pair at 1× and 4× the length in one JVM: ${baseMs.toFixed(2)} ms → ${largerMs.toFixed(2)} ms ` +
      `(×${(largerMs / Math.max(baseMs, 1e-6)).toFixed(1)}; linear ≈ ×4)`,
  ];
}

export async function runPatternSafetyProperty(options: PatternSafetyOptions): Promise<PropertyReport> {
  const started = performance.now();
  const size = options.size ?? MEGABYTE;
  const sets = patternSets(options.seed, options.measure);
  const patterns = selectivePatterns(sets);
  const messages = [
    { label: 'empty (a success)', text: '' },
    ...Object.entries(ADVERSARIAL_MESSAGES).map(([label, build]) => ({ label, text: build(size) })),
  ];
  const problems = await routingProblems(sets, patterns, messages);
  const notes = [`${patterns.length} patterns from ${sets.length} catalogs × ${messages.length} messages`];
  if (options.measure && problems.length === 0) notes.push(...(await worstTimeNotes(patterns, size)));
  return {
    property: PATTERN_SAFETY_PROPERTY,
    cases: patterns.length * messages.length,
    failures: problems.length,
    seed: options.seed,
    milliseconds: performance.now() - started,
    ...(problems.length === 0 ? {} : { failure: clip(problems.slice(0, 5).join('\n')) }),
    notes,
  };
}
