/**
 * Selection patterns as finite automata (refa): the set of messages a pattern full-matches, with Java's
 * reading of the pattern, so that overlap, emptiness and coverage are decided over every possible message
 * instead of a sample. refa reads JavaScript syntax; javaReading() first rewrites what Java reads differently.
 *
 * refa cannot build an automaton from assertions. Those a full match makes decidable are handled here: `^`
 * and lookbehinds at the start, `$` and lookaheads at the end, lookaheads that lead a branch running to
 * the end of the pattern (`(?!\[404\] \{)[\s\S]+`: the branch's language minus the lookahead's language
 * followed by anything), and, mirrored, lookbehinds that end a branch running from the start. Anything else (a lookaround mid-pattern, a backreference) is "unfit": the caller
 * falls back to sampling.
 */
import {
  type CharSet,
  DFA,
  type Element,
  type Expression,
  JS,
  NFA,
  type NoParent,
  type ReadonlyNFA,
  TooManyNodesError,
} from 'refa';
import { javaReading } from '../generate/pattern-syntax.js';

/** Code points: java.util.regex reads a surrogate pair as one character (`[^ ]{1,128}` counts code points). */
const OPTIONS = { maxCharacter: 0x10ffff } as const;
/** Bounds every construction, so a pathological pattern costs a fallback to sampling, not minutes. */
const NODE_LIMIT = 20_000;

export type Language = ReadonlyNFA;

export type PatternLanguage =
  | { readonly fits: true; readonly language: Language }
  | { readonly fits: false; readonly reason: string };

type Alternatives = readonly NoParent<Expression>['alternatives'][number][];
type Elements = readonly NoParent<Element>[];

function factory(): NFA.LimitedNodeFactory {
  return new NFA.LimitedNodeFactory(NODE_LIMIT);
}

/**
 * The messages a portable selection pattern full-matches under Java (or, for comparison, under JavaScript's
 * reading of the same text), or why they cannot be computed.
 */
export function patternLanguage(pattern: string, reading: 'java' | 'javascript' = 'java'): PatternLanguage {
  try {
    const source = reading === 'java' ? javaReading(pattern) : pattern;
    // Unicode mode, as javaLikeRegExp reads patterns; one it refuses (an identity escape such as `\-`) is
    // sampled instead, since without it bounds would count UTF-16 code units.
    const { expression } = JS.Parser.fromLiteral({ source, flags: 'u' }).parse({
      assertions: 'parse',
      backreferences: 'throw',
      simplify: false,
      maxNodes: NODE_LIMIT,
    });
    return { fits: true, language: alternativesLanguage(expression.alternatives, true, true) };
  } catch (error) {
    return { fits: false, reason: unfitReason(error) };
  }
}

function unfitReason(error: unknown): string {
  if (error instanceof TooManyNodesError) return 'its automaton would exceed the state limit';
  const message = error instanceof Error ? error.message : String(error);
  if (/backreference/i.test(message)) return 'it uses a backreference';
  if (/assertion/i.test(message)) return 'it uses a lookaround or anchor away from the pattern edges';
  return message;
}

function alternativesLanguage(alternatives: Alternatives, atStart: boolean, atEnd: boolean): NFA {
  const result = NFA.empty(OPTIONS, factory());
  for (const alternative of alternatives)
    result.union(elementsLanguage(alternative.elements, atStart, atEnd));
  return result;
}

/** Whether an assertion's sub-pattern matches the empty string: what it sees beyond either edge. */
function assertionHoldsAtEdge(assertion: NoParent<Element> & { type: 'Assertion' }): boolean {
  return alternativesLanguage(assertion.alternatives, true, true).test([]) !== assertion.negate;
}

function elementsLanguage(elements: Elements, atStart: boolean, atEnd: boolean): NFA {
  const first = elements[0];
  const last = elements.at(-1);
  if (first === undefined || last === undefined) return NFA.emptyWord(OPTIONS, factory());
  if (atStart && first.type === 'Assertion' && first.kind === 'behind') {
    return assertionHoldsAtEdge(first)
      ? elementsLanguage(elements.slice(1), atStart, atEnd)
      : NFA.empty(OPTIONS, factory());
  }
  if (atEnd && last.type === 'Assertion' && last.kind === 'ahead') {
    return assertionHoldsAtEdge(last)
      ? elementsLanguage(elements.slice(0, -1), atStart, atEnd)
      : NFA.empty(OPTIONS, factory());
  }
  if (atEnd && first.type === 'Assertion' && first.kind === 'ahead') {
    const rest = elementsLanguage(elements.slice(1), atStart, atEnd);
    const seen = alternativesLanguage(first.alternatives, false, false);
    seen.append(NFA.all(OPTIONS, factory()), factory());
    return first.negate ? difference(rest, seen) : intersection(rest, seen);
  }
  if (atStart && last.type === 'Assertion' && last.kind === 'behind') {
    const rest = elementsLanguage(elements.slice(0, -1), atStart, atEnd);
    const seen = NFA.all(OPTIONS, factory());
    seen.append(alternativesLanguage(last.alternatives, false, false), factory());
    return last.negate ? difference(rest, seen) : intersection(rest, seen);
  }
  if (elements.length === 1 && first.type === 'Alternation') {
    return alternativesLanguage(first.alternatives, atStart, atEnd);
  }
  if (elements.length > 1 && elements.some(containsAssertion)) {
    const head = elementsLanguage([first], atStart, false);
    head.append(elementsLanguage(elements.slice(1), false, atEnd), factory());
    return head;
  }
  return NFA.fromRegex({ type: 'Concatenation', elements: [...elements] }, OPTIONS, {}, factory());
}

function containsAssertion(element: NoParent<Element>): boolean {
  if (element.type === 'Assertion') return true;
  if (element.type === 'CharacterClass' || element.type === 'Unknown') return false;
  return element.alternatives.some((alternative) => alternative.elements.some(containsAssertion));
}

export function intersection(left: Language, right: Language): NFA {
  return NFA.fromIntersection(left, right, factory());
}

/** Messages of `left` that are messages of none of `right`. */
export function difference(left: Language, right: Language | readonly Language[]): NFA {
  const complement = minimalDfa(Array.isArray(right) ? right : [right as Language]);
  complement.complement(dfaFactory());
  return NFA.fromIntersection(left, complement, factory());
}

function dfaFactory(): DFA.LimitedNodeFactory {
  return new DFA.LimitedNodeFactory(NODE_LIMIT);
}

/**
 * The minimal DFA of a union, built one language at a time: determinizing the whole union at once tracks
 * which of `[\s\S]*\[400\][\s\S]*`, `[\s\S]*\[404\][\s\S]*`… have matched so far (2^n states); minimizing
 * after each step keeps only what decides acceptance.
 */
function minimalDfa(languages: readonly Language[]): DFA {
  let result = DFA.empty(OPTIONS, dfaFactory());
  for (const language of languages) {
    const both = NFA.fromFA(result, factory());
    both.union(language, factory());
    result = DFA.fromFA(both, dfaFactory());
    result.minimize();
  }
  return result;
}

export function union(languages: readonly Language[]): NFA {
  const result = NFA.empty(OPTIONS, factory());
  for (const language of languages) result.union(language, factory());
  return result;
}

/** Every message, the empty one included. */
export function anyMessage(): NFA {
  return NFA.all(OPTIONS, factory());
}

/** Every non-empty message. */
export function anyNonEmptyMessage(): NFA {
  const all = NFA.all(OPTIONS, factory());
  all.withoutEmptyWord();
  return all;
}

/** Messages that start with `prefix`. */
export function startingWith(prefix: string): NFA {
  const result = NFA.fromWords([codePoints(prefix)], OPTIONS, factory());
  result.append(NFA.all(OPTIONS, factory()), factory());
  return result;
}

/** Messages that contain `part`. */
export function containing(part: string): NFA {
  const result = NFA.all(OPTIONS, factory());
  result.append(startingWith(part), factory());
  return result;
}

export function contains(language: Language, message: string): boolean {
  return language.test(codePoints(message));
}

/** Whether a construction stayed within bounds; false means "fall back to sampling". */
export function withinLimits<T>(build: () => T): { ok: true; value: T } | { ok: false } {
  try {
    return { ok: true, value: build() };
  } catch (error) {
    if (error instanceof TooManyNodesError) return { ok: false };
    throw error;
  }
}

/**
 * The shortest message of a language, with readable characters where the language allows; undefined if empty.
 * A breadth-first search over states (refa's own word iterators enumerate paths, which explodes on the
 * ambiguous automata that `[\s\S]*…[\s\S]*` patterns make).
 */
export function shortestMessage(language: Language): string | undefined {
  type Node = Language['initial'];
  const previous = new Map<Node, { readonly from: Node; readonly via: CharSet } | undefined>([
    [language.initial, undefined],
  ]);
  const queue: Node[] = [language.initial];
  for (let index = 0; index < queue.length; index++) {
    const node = queue[index] as Node;
    if (language.finals.has(node)) return spell(node, previous);
    for (const [next, via] of node.out) {
      if (previous.has(next) || via.isEmpty) continue;
      previous.set(next, { from: node, via });
      queue.push(next);
    }
  }
  return undefined;
}

function spell<Node>(
  end: Node,
  previous: ReadonlyMap<Node, { readonly from: Node; readonly via: CharSet } | undefined>,
): string {
  const characters: string[] = [];
  for (let step = previous.get(end); step !== undefined; step = previous.get(step.from)) {
    characters.push(readableCharacter(step.via));
  }
  return characters.reverse().join('');
}

function codePoints(text: string): number[] {
  return Array.from(text, (char) => char.codePointAt(0) as number);
}

/** Letters, then digits, then printable ASCII, then whatever the set holds. */
const PREFERRED = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ',
  ...Array.from({ length: 0x7f - 0x21 }, (_, index) => String.fromCharCode(0x21 + index)),
  '\n',
].map((char) => char.charCodeAt(0));

function readableCharacter(set: CharSet): string {
  const preferred = PREFERRED.find((code) => set.has(code));
  return String.fromCodePoint(preferred ?? (set.ranges[0]?.min as number));
}
