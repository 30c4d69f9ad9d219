/**
 * Property 3: for any thrown value, catalog and byte cap, the errorMessage `taggedErrorMessage` makes
 * (through real @middy/core) is one line, within the cap, `[<status>] ` then JSON whose `status` is the
 * tag, named after the kind; and Java routes it, with the catalog's generated patterns, to the status
 * `classify` gave after the catalog's 4xx → 400 / 5xx → 500 fallback. All messages go to Java in a few calls.
 */
import fc from 'fast-check';
import { integrationResponses } from '../../../src/generate/index.js';
import { classify, taggedErrorMessage } from '../../../src/index.js';
import { routableError } from '../../../src/tagged/format-tagged-message.js';
import {
  anyThrownValue,
  hostileText,
  type RandomCatalog,
  randomCatalog,
  sometimesHuge,
  theDefaultCatalog,
} from '../../support/arbitraries.js';
import { invokeNonProxy, serialisingLogger } from '../support/invoke.js';
import { routeGroupsUnderJava } from '../support/java-batches.js';
import { checkProperty, clip, type PropertyReport } from '../support/report.js';
import type { RunSettings } from '../support/settings.js';

export const TAGGED_MESSAGE_PROPERTY =
  'taggedErrorMessage: one line, capped, JSON, routed by Java to its status';

/** Catalogs a run spreads its cases over: the default one and random ones, fixed by the seed. */
const CATALOGS_PER_RUN = 8;
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;
const TAG = /^\[(\d{3})\] /;

interface TaggedCase {
  readonly thrown: unknown;
  readonly catalogIndex: number;
  readonly maxMessageBytes: number | undefined;
  readonly maxDetailBytes: number | undefined;
  readonly exposeServerErrors: boolean;
}

/** A message waiting for Java. The thrown value is not kept: megabyte values would exhaust the heap. */
interface Routed {
  readonly message: string;
  readonly status: number;
  readonly kind: string;
}

function taggedCase(catalogCount: number): fc.Arbitrary<TaggedCase> {
  return fc.record({
    thrown: anyThrownValue(sometimesHuge(hostileText())),
    catalogIndex: fc.nat({ max: catalogCount - 1 }),
    maxMessageBytes: fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      { weight: 4, arbitrary: fc.integer({ min: 256, max: 16_384 }) },
      { weight: 1, arbitrary: fc.integer({ min: 256, max: 1024 * 1024 }) },
    ),
    maxDetailBytes: fc.option(fc.integer({ min: 1, max: 256 * 1024 }), { nil: undefined }),
    exposeServerErrors: fc.boolean(),
  });
}

/** The catalogs of one run: the default catalog first, then random ones drawn from the run's seed. */
export function catalogsForRun(seed: number, count = CATALOGS_PER_RUN): RandomCatalog[] {
  return [theDefaultCatalog(), ...fc.sample(randomCatalog(), { numRuns: count - 1, seed })];
}

/** Everything wrong with one message, checked in JavaScript (Java checks the routing afterwards). */
function messageProblems(
  message: string,
  name: string,
  expected: { status: number; kind: string },
  maxMessageBytes: number,
): string[] {
  const problems: string[] = [];
  if (LINE_BREAK.test(message)) problems.push('the message has a line break');
  const bytes = Buffer.byteLength(message, 'utf8');
  if (bytes > maxMessageBytes) problems.push(`${bytes} bytes, over the cap of ${maxMessageBytes}`);
  const tag = TAG.exec(message);
  if (tag === null) return [...problems, `no [NNN] tag: ${clip(message, 200)}`];
  const status = Number(tag[1]);
  if (status !== expected.status) problems.push(`tag ${status}, classify (routable) says ${expected.status}`);
  if (name !== expected.kind) problems.push(`error name ${JSON.stringify(name)}, kind is ${expected.kind}`);
  try {
    const problem = JSON.parse(message.slice(tag[0].length)) as Record<string, unknown>;
    if (problem.status !== status) problems.push(`JSON status ${problem.status} ≠ tag ${status}`);
    if (typeof problem.title !== 'string' || typeof problem.detail !== 'string') {
      problems.push('JSON lacks a string title or detail');
    }
  } catch (error) {
    problems.push(`not JSON after the tag: ${(error as Error).message}`);
  }
  return problems;
}

async function javaRoutingProblems(
  catalogs: readonly RandomCatalog[],
  routed: readonly Routed[][],
): Promise<{ failure?: string; javaCalls: number }> {
  const groups = catalogs.map((random, i) => ({
    model: integrationResponses(random.catalog),
    messages: (routed[i] ?? []).map((entry) => entry.message),
  }));
  const { routes, javaCalls } = await routeGroupsUnderJava(groups);
  const failures: string[] = [];
  routes.forEach((catalogRoutes, g) => {
    catalogRoutes.forEach((route, m) => {
      const entry = routed[g]?.[m];
      if (entry === undefined) return;
      if (route.length === 1 && route[0] === String(entry.status)) return;
      failures.push(
        `catalog ${fc.stringify(catalogs[g])}: Java routes ${clip(JSON.stringify(entry.message), 300)} to ${JSON.stringify(route)}, expected [${entry.status}] (kind ${entry.kind})`,
      );
    });
  });
  return failures.length === 0
    ? { javaCalls }
    : { failure: `${failures.length} misrouted, e.g.\n${failures.slice(0, 3).join('\n')}`, javaCalls };
}

/** Cases per chunk: each chunk is checked, then routed under Java, so memory stays bounded at any run count. */
const CASES_PER_CHUNK = 20_000;

/** One chunk: the fast-check property over `numRuns` cases, then Java routing of all their messages. */
async function runChunk(
  catalogs: readonly RandomCatalog[],
  settings: RunSettings,
): Promise<{ report: PropertyReport; javaCalls: number }> {
  const routed: Routed[][] = catalogs.map(() => []);
  const report = await checkProperty(
    TAGGED_MESSAGE_PROPERTY,
    settings,
    taggedCase(catalogs.length),
    async (testCase) => {
      const { catalog } = catalogs[testCase.catalogIndex] as RandomCatalog;
      const logProblems: string[] = [];
      const middleware = taggedErrorMessage({
        catalog,
        logger: serialisingLogger(logProblems),
        exposeServerErrors: testCase.exposeServerErrors,
        maxDetailBytes: testCase.maxDetailBytes,
        maxMessageBytes: testCase.maxMessageBytes,
      });
      const { name, message } = await invokeNonProxy(testCase.thrown, middleware);
      const expected = routableError(classify(testCase.thrown, catalog), catalog);
      const problems = [
        ...logProblems,
        ...messageProblems(message, name, expected, testCase.maxMessageBytes ?? 8192),
      ];
      if (problems.length > 0) {
        throw new Error(`catalog ${fc.stringify(catalogs[testCase.catalogIndex])}: ${problems.join('\n')}`);
      }
      routed[testCase.catalogIndex]?.push({ message, status: expected.status, kind: expected.kind });
    },
  );
  if (report.failures > 0) return { report, javaCalls: 0 };
  const started = performance.now();
  const java = await javaRoutingProblems(catalogs, routed);
  return {
    report: {
      ...report,
      failures: java.failure === undefined ? 0 : 1,
      milliseconds: report.milliseconds + (performance.now() - started),
      ...(java.failure === undefined ? {} : { failure: java.failure }),
    },
    javaCalls: java.javaCalls,
  };
}

/**
 * Runs the property in chunks of at most CASES_PER_CHUNK cases; chunk i uses seed + i (chunk 0 is the
 * plain seed, so a run of up to one chunk replays exactly with FUZZ_SEED). Stops at the first failing chunk.
 */
export async function runTaggedMessageProperty(settings: RunSettings): Promise<PropertyReport> {
  const catalogs = catalogsForRun(settings.seed);
  let cases = 0;
  let milliseconds = 0;
  let javaCalls = 0;
  let chunks = 0;
  for (let done = 0; done < settings.numRuns; done += CASES_PER_CHUNK) {
    const chunkSeed = settings.seed + chunks;
    const numRuns = Math.min(CASES_PER_CHUNK, settings.numRuns - done);
    const { report: chunk, javaCalls: chunkJavaCalls } = await runChunk(catalogs, {
      numRuns,
      seed: chunkSeed,
    });
    chunks += 1;
    cases += chunk.cases;
    milliseconds += chunk.milliseconds;
    javaCalls += chunkJavaCalls;
    if (chunk.failures > 0) {
      return { ...chunk, cases, milliseconds, failure: `(chunk seed ${chunkSeed}) ${chunk.failure ?? ''}` };
    }
  }
  return {
    property: TAGGED_MESSAGE_PROPERTY,
    cases,
    failures: 0,
    seed: settings.seed,
    milliseconds,
    notes: [`${catalogs.length} catalogs, ${chunks} chunk(s), ${javaCalls} Java call(s)`],
  };
}
