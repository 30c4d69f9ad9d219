/**
 * Java's java.util.regex as a test oracle: API Gateway evaluates selection patterns with it
 * (full-string match), so routing claims are checked against Java itself, not against a JavaScript
 * imitation. One java process per call; compile once per machine (cached by source hash in os.tmpdir()).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IntegrationResponsesModel } from '../../src/generate/index.js';
import { compileJavaOnce, runProcess } from './java-process.js';

const SOURCE = join(dirname(fileURLToPath(import.meta.url)), 'PatternMatches.java');
const CLASS_NAME = 'PatternMatches';

let compiled: Promise<string> | undefined;

/** Directory holding PatternMatches.class for the current source, compiling it on first use. */
function compiledClassDirectory(): Promise<string> {
  compiled ??= compileJavaOnce({ source: SOURCE, className: CLASS_NAME });
  return compiled;
}

/** Base64 of the UTF-16BE code units: keeps lone surrogates, NUL and line breaks exactly. */
function encode(text: string): string {
  return Buffer.from(text, 'utf16le').swap16().toString('base64');
}

async function runOracle(
  mode: 'matrix' | 'times',
  patterns: readonly string[],
  messages: readonly string[],
): Promise<string[]> {
  const directory = await compiledClassDirectory();
  const input = [mode, String(patterns.length), String(messages.length)];
  for (const pattern of patterns) input.push(encode(pattern));
  for (const message of messages) input.push(encode(message));
  const jvmFlags = mode === 'matrix' ? ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'] : [];
  const output = await runProcess(
    'java',
    [...jvmFlags, '-cp', directory, CLASS_NAME],
    `${input.join('\n')}\n`,
  );
  const lines = output.split('\n').slice(0, messages.length);
  if (lines.length !== messages.length) {
    throw new Error(`the Java oracle answered ${lines.length} lines for ${messages.length} messages`);
  }
  return lines;
}

/**
 * result[m][p] = java.util.regex.Pattern.matches(patterns[p], messages[m]).
 * Throws when Java cannot evaluate a pair (StackOverflowError): API Gateway would fail on it as well.
 */
export async function javaMatchMatrix(
  patterns: readonly string[],
  messages: readonly string[],
): Promise<boolean[][]> {
  if (patterns.length === 0) return messages.map(() => []);
  const lines = await runOracle('matrix', patterns, messages);
  return lines.map((line, m) => {
    if (line.includes('E')) {
      const p = line.indexOf('E');
      throw new Error(
        `Java overflowed its stack matching pattern ${JSON.stringify(patterns[p])} against message #${m} (${messages[m]?.length} chars)`,
      );
    }
    return [...line].map((code) => code === '1');
  });
}

/** result[m][p] = milliseconds Java took to full-match patterns[p] against messages[m] (best of three runs). */
export async function javaMatchTimes(
  patterns: readonly string[],
  messages: readonly string[],
): Promise<number[][]> {
  if (patterns.length === 0) return messages.map(() => []);
  const lines = await runOracle('times', patterns, messages);
  return lines.map((line, m) =>
    line.split(' ').map((nanos, p) => {
      const value = Number(nanos);
      if (value < 0) {
        throw new Error(
          `Java overflowed its stack matching pattern ${JSON.stringify(patterns[p])} against message #${m}`,
        );
      }
      return value / 1e6;
    }),
  );
}

/** The slowest single match over every pattern and message, in milliseconds, and where it happened. */
export async function javaWorstMatchTime(
  patterns: readonly string[],
  messages: readonly string[],
): Promise<{ milliseconds: number; patternIndex: number; messageIndex: number }> {
  const times = await javaMatchTimes(patterns, messages);
  let worst = { milliseconds: 0, patternIndex: -1, messageIndex: -1 };
  times.forEach((row, messageIndex) => {
    row.forEach((milliseconds, patternIndex) => {
      if (milliseconds > worst.milliseconds) worst = { milliseconds, patternIndex, messageIndex };
    });
  });
  return worst;
}

/** For each message, the status codes whose selection pattern Java full-matches (a partition gives one or none). */
export async function routeUnderJava(
  model: IntegrationResponsesModel,
  messages: readonly string[],
): Promise<string[][]> {
  const selective = model.integrationResponses.filter(
    (response): response is typeof response & { selectionPattern: string } =>
      response.selectionPattern !== undefined,
  );
  const matrix = await javaMatchMatrix(
    selective.map((response) => response.selectionPattern),
    messages,
  );
  return matrix.map((row) => selective.filter((_, p) => row[p]).map((response) => response.statusCode));
}
