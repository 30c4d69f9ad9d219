import fc from 'fast-check';
import type { RunSettings } from './settings.js';

/** What one property run found: printed by `npm run fuzz`, asserted by the tests. */
export interface PropertyReport {
  readonly property: string;
  readonly cases: number;
  readonly failures: number;
  readonly seed: number;
  readonly milliseconds: number;
  /** The first failing case, readably (fast-check's report, or the smallest failing batch entry). */
  readonly failure?: string;
  /** Extra figures: Java calls made, worst match time, ... */
  readonly notes: readonly string[];
}

const MAX_FAILURE_CHARS = 6000;

/** Cuts a failure report so that a megabyte counterexample does not flood the terminal. */
export function clip(text: string, max = MAX_FAILURE_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

/** A short, printable description of any value (megabyte strings shortened, never throwing). */
export function preview(value: unknown): string {
  try {
    return clip(fc.stringify(value), 400);
  } catch {
    return `[unprintable ${typeof value}]`;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : preview(error);
}

/**
 * Runs an async fast-check property (fast-check stops at the first failure and shrinks it) and turns the
 * outcome into a report.
 */
export async function checkProperty<T>(
  property: string,
  settings: RunSettings,
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => Promise<void>,
): Promise<PropertyReport> {
  const started = performance.now();
  const details = await fc.check(fc.asyncProperty(arbitrary, predicate), {
    numRuns: settings.numRuns,
    seed: settings.seed,
  });
  const failure = details.failed
    ? clip(`${errorText(details.errorInstance)}\n${fc.defaultReportMessage(details) ?? ''}`)
    : undefined;
  return {
    property,
    cases: details.numRuns,
    failures: details.failed ? 1 : 0,
    seed: settings.seed,
    milliseconds: performance.now() - started,
    ...(failure === undefined ? {} : { failure }),
    notes: [],
  };
}
