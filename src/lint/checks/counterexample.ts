import { type Language, shortestMessage, withinLimits } from '../language.js';

export interface Counterexample {
  readonly message: string;
  /** True when found in an automaton over every message; false when found by sampling. */
  readonly proven: boolean;
}

/**
 * The shortest message of the automaton `build` returns, once the full match agrees that it `holds`; the
 * first sample (computed only then) when the automaton cannot be built (undefined or over the state limit;
 * `overLimit` hears of the latter, so the check is labelled "sampled, not proven"). An automaton's message that
 * fails the full match is a bug in the analysis, reported as such rather than shown to the user.
 */
export function counterexample(
  build: () => Language | undefined,
  holds: (message: string) => boolean,
  sample: () => string | undefined,
  overLimit?: () => void,
): Counterexample | undefined {
  const built = withinLimits(() => {
    const language = build();
    return language === undefined ? undefined : { message: shortestMessage(language) };
  });
  if (built.ok && built.value !== undefined) {
    const { message } = built.value;
    if (message === undefined) return undefined;
    if (!holds(message)) {
      throw new Error(`lint: the automaton's counterexample ${JSON.stringify(message)} fails the full match`);
    }
    return { message, proven: true };
  }
  // Sampling finds a message or not: without one, nothing was proven either way.
  if (!built.ok) overLimit?.();
  const sampled = sample();
  return sampled === undefined ? undefined : { message: sampled, proven: false };
}
