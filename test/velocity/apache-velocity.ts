/**
 * Apache Velocity 1.7 (Debian's `velocity` package, Jackson from `libjackson2-databind-java`) as a second renderer
 * of mapping templates, beside the velocityjs-based emulator. The Java side is compiled once per machine, cached
 * in os.tmpdir() by the hash of its source and classpath; one java process renders a whole batch.
 */
import { existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileJavaOnce, runProcess } from '../support/java-process.js';

const SOURCE = join(dirname(fileURLToPath(import.meta.url)), 'RenderTemplates.java');
const CLASS_NAME = 'RenderTemplates';

/** Velocity 1.7 with its runtime dependencies (Commons Collections 3, Commons Lang 2) and Jackson 2. */
const JARS = [
  'velocity-1.7.jar',
  'commons-collections3.jar',
  'commons-lang.jar',
  'jackson-databind.jar',
  'jackson-core.jar',
  'jackson-annotations.jar',
] as const;

export const VELOCITY_NOT_FOUND =
  'Apache Velocity 1.7 not found: apt-get install velocity libjackson2-databind-java';

/** Where the jars live: Debian's /usr/share/java, or the directory named by VELOCITY_JAVA_DIR. */
export function velocityJarDirectory(): string {
  return process.env.VELOCITY_JAVA_DIR ?? '/usr/share/java';
}

/** The classpath of Velocity 1.7 + Jackson; throws VELOCITY_NOT_FOUND (naming the missing jars) when absent. */
export function velocityClasspath(): string {
  const directory = velocityJarDirectory();
  const missing = JARS.filter((jar) => !existsSync(join(directory, jar)));
  if (missing.length > 0) {
    throw new Error(`${VELOCITY_NOT_FOUND} (missing in ${directory}: ${missing.join(', ')})`);
  }
  return JARS.map((jar) => join(directory, jar)).join(delimiter);
}

export interface VelocityCase {
  readonly template: string;
  /** The integration response body (the Lambda error payload as JSON text). Default `{}`. */
  readonly body?: string;
  readonly requestId: string;
  /** More `$context` members, e.g. `{ error: { messageString: '"Too Many Requests"' } }` for a gateway response. */
  readonly context?: Readonly<Record<string, unknown>>;
  /** What `$input.params()` gives a request template: `{ path, querystring, header }`, name → value each. */
  readonly params?: Readonly<Record<'path' | 'querystring' | 'header', Readonly<Record<string, string>>>>;
}

export type VelocityResult =
  | {
      readonly kind: 'rendered';
      readonly output: string;
      readonly statusOverride: number | undefined;
      readonly headerOverrides: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'parse-error'; readonly message: string }
  | { readonly kind: 'render-error'; readonly message: string };

interface RawResult {
  output?: string;
  status?: string | null;
  headers?: Record<string, string>;
  parseError?: string | null;
  renderError?: string;
}

let compiled: Promise<string> | undefined;

function compiledClassDirectory(classpath: string): Promise<string> {
  compiled ??= compileJavaOnce({ source: SOURCE, className: CLASS_NAME, classpath });
  return compiled;
}

async function runRenderer(requests: readonly object[]): Promise<RawResult[]> {
  const classpath = velocityClasspath();
  const directory = await compiledClassDirectory(classpath);
  // JSON.stringify escapes lone surrogates; the Java side writes non-ASCII as \uXXXX: both directions lossless.
  const output = await runProcess(
    'java',
    [
      '-XX:TieredStopAtLevel=1',
      '-XX:+UseSerialGC',
      '-cp',
      `${directory}${delimiter}${classpath}`,
      CLASS_NAME,
    ],
    JSON.stringify(requests),
  );
  const results = JSON.parse(output) as RawResult[];
  if (results.length !== requests.length) {
    throw new Error(`the Velocity renderer answered ${results.length} results for ${requests.length} cases`);
  }
  return results;
}

/** Renders each case with Apache Velocity 1.7 and API Gateway-like $input, $util and $context. */
export async function renderWithVelocity(cases: readonly VelocityCase[]): Promise<VelocityResult[]> {
  const raw = await runRenderer(cases);
  return raw.map((result): VelocityResult => {
    if (typeof result.parseError === 'string') return { kind: 'parse-error', message: result.parseError };
    if (typeof result.renderError === 'string') return { kind: 'render-error', message: result.renderError };
    return {
      kind: 'rendered',
      output: result.output ?? '',
      statusOverride:
        result.status === null || result.status === undefined ? undefined : Number(result.status),
      headerOverrides: result.headers ?? {},
    };
  });
}

/** For each template, Velocity 1.7's parse error message, or undefined when it parses. */
export async function velocityParseErrors(templates: readonly string[]): Promise<(string | undefined)[]> {
  const raw = await runRenderer(templates.map((template) => ({ template, parseOnly: true })));
  return raw.map((result) => (typeof result.parseError === 'string' ? result.parseError : undefined));
}
