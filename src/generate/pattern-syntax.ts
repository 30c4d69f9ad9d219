/**
 * API Gateway evaluates selection patterns with java.util.regex, full-string match. Our tooling evaluates
 * them in JavaScript. Only the syntax both accept is allowed; this module checks that, rewrites the few
 * constructs both accept but read differently into JavaScript that reads them as Java does, and gives the
 * full match.
 */

/** Escapes that mean something different (or nothing) in one of the two engines. */
const NON_PORTABLE_ESCAPES: Readonly<Record<string, string>> = {
  Q: '\\Q…\\E quoting is Java-only',
  E: '\\Q…\\E quoting is Java-only',
  p: '\\p{…} classes need the u flag in JavaScript',
  P: '\\P{…} classes need the u flag in JavaScript',
  A: '\\A is Java-only (the match is full-string anyway)',
  Z: '\\Z is Java-only',
  z: '\\z is Java-only',
  G: '\\G is Java-only',
  h: '\\h is Java-only',
  H: '\\H is Java-only',
  R: '\\R is Java-only',
  X: '\\X is Java-only',
  V: '\\V is Java-only',
  e: '\\e is Java-only',
  a: '\\a is Java-only',
  k: 'named back-references differ between Java and JavaScript',
  '0': '\\0 is NUL in JavaScript and an incomplete octal escape in Java (write \\x00)',
};

/** Letters both engines read as the same escape (`\s`, `\S` and `\v` are read differently, see javaReading). */
const SHARED_LETTER_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'b', 'B', 'n', 'r', 't', 'f', 'v']);

/** Well-formed `\x`, `\u` and `\c` escapes; JavaScript reads a malformed one as a literal, Java rejects it. */
const SIZED_ESCAPES: Readonly<Record<string, RegExp>> = {
  x: /^[0-9A-Fa-f]{2}/,
  u: /^[0-9A-Fa-f]{4}/,
  c: /^[A-Za-z]/,
};

/** A `{…}` that Java reads as a bounded repetition; any other `{` is a syntax error in Java. */
const REPETITION = /^\{\d+(?:,\d*)?\}/;

/** One lexical piece of a pattern: an escape, a class bracket or a single character. */
interface PatternToken {
  readonly text: string;
  readonly start: number;
  /** Inside a character class (the brackets themselves are not). */
  readonly inClass: boolean;
}

/** Splits a pattern into tokens; stops with a reason at the first construct outside the shared syntax. */
function tokenize(pattern: string): { tokens: PatternToken[]; problem?: string } {
  const tokens: PatternToken[] = [];
  let inClass = false;
  const fail = (problem: string) => ({ tokens, problem });
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (char === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) return fail('a trailing backslash');
      const problem = escapeProblem(pattern, i + 1, inClass);
      if (problem) return fail(problem);
      // escapeProblem() has checked that a sized escape is complete.
      const sized = SIZED_ESCAPES[next]?.exec(pattern.slice(i + 2));
      const size = 1 + (sized ? sized[0].length : 0);
      tokens.push({ text: pattern.slice(i, i + 1 + size), start: i, inClass });
      i += size;
      continue;
    }
    if (inClass) {
      if (char === ']') {
        inClass = false;
        tokens.push({ text: char, start: i, inClass: false });
        continue;
      }
      if (char === '[')
        return fail('a [ inside a character class (a union in Java, a literal in JavaScript)');
      if (char === '&' && pattern[i + 1] === '&')
        return fail('&& inside a character class (an intersection in Java)');
      tokens.push({ text: char, start: i, inClass });
      continue;
    }
    if (char === '[') {
      const negated = pattern[i + 1] === '^';
      if (pattern[i + (negated ? 2 : 1)] === ']')
        return fail('a character class starting with ] (literal in Java, empty in JavaScript)');
      tokens.push({ text: negated ? '[^' : '[', start: i, inClass: false });
      inClass = true;
      if (negated) i++;
      continue;
    }
    const problem = outsideClassProblem(pattern, i);
    if (problem) return fail(problem);
    tokens.push({ text: char, start: i, inClass });
  }
  return inClass ? fail('an unclosed character class') : { tokens };
}

function escapeProblem(pattern: string, at: number, inClass: boolean): string | undefined {
  const letter = pattern[at] as string;
  if (inClass && (letter === 'b' || letter === 'B'))
    return `\\${letter} inside a character class (a backspace in JavaScript, an error in Java)`;
  const named = NON_PORTABLE_ESCAPES[letter];
  if (named) return named;
  const control = pattern[at + 1];
  if (letter === 'c' && control !== undefined && /[a-z]/.test(control)) {
    const java = String.fromCharCode(control.charCodeAt(0) ^ 0x40);
    return `\\c${control} is read differently (Java: ${JSON.stringify(java)}, JavaScript: U+${(control.charCodeAt(0) & 0x1f).toString(16).toUpperCase().padStart(4, '0')}): write \\c${control.toUpperCase()}`;
  }
  const sized = SIZED_ESCAPES[letter];
  if (sized) {
    return sized.test(pattern.slice(at + 1))
      ? undefined
      : `a malformed \\${letter} escape (a literal in JavaScript, an error in Java)`;
  }
  if (/[A-Za-z]/.test(letter) && !SHARED_LETTER_ESCAPES.has(letter))
    return `the escape \\${letter} (a literal ${letter} in JavaScript, an error in Java)`;
  if (/[1-9]/.test(letter))
    return 'a backreference (Java fails it when its group took no part, JavaScript matches the empty string)';
  return undefined;
}

function outsideClassProblem(pattern: string, i: number): string | undefined {
  const char = pattern[i];
  if (char === '(' && pattern[i + 1] === '?') {
    const kind = pattern.slice(i + 2, i + 4);
    const portable =
      kind.startsWith(':') || kind.startsWith('=') || kind.startsWith('!') || kind === '<=' || kind === '<!';
    if (!portable) return `the group "(?${kind}" (inline flags, atomic and named groups are not portable)`;
  }
  if ((char === '*' || char === '+' || char === '?' || char === '}') && pattern[i + 1] === '+') {
    return 'a possessive quantifier (Java-only)';
  }
  if (char === '{' && !REPETITION.test(pattern.slice(i))) {
    return 'a { that is not a repetition such as {2,5} (a literal in JavaScript, an error in Java: write \\{)';
  }
  return undefined;
}

/** Returns why a pattern is outside the Java∩JavaScript subset, or undefined when it is portable. */
export function portabilityProblem(pattern: string): string | undefined {
  const { problem } = tokenize(pattern);
  if (problem) return problem;
  try {
    new RegExp(pattern);
  } catch (error) {
    return `it does not compile in JavaScript (${(error as Error).message})`;
  }
  return undefined;
}

/** Throws a clear error when a pattern is outside the Java∩JavaScript subset. */
export function assertPortablePattern(pattern: string): void {
  const problem = portabilityProblem(pattern);
  if (problem) {
    throw new Error(
      `selection pattern ${JSON.stringify(pattern)} is outside the Java∩JavaScript regex subset: ${problem}`,
    );
  }
}

/** Java's line terminators: what its `.` does not match (JavaScript's `.` matches U+0085). */
export const JAVA_LINE_TERMINATORS = '\\n\\r\\u0085\\u2028\\u2029';
/** Java's `\s` without UNICODE_CHARACTER_CLASS: ASCII whitespace only (JavaScript's includes Unicode spaces). */
const JAVA_SPACE = '\\t\\n\\x0B\\f\\r ';
/**
 * Everything but Java's `\s`, usable inside a class: JavaScript's `\S` plus the Unicode spaces only
 * JavaScript's `\s` holds (astral characters included, with or without the `u` flag).
 */
const JAVA_NON_SPACE = '\\S\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF';
/** Java's `\v` (Java 8+): vertical whitespace; JavaScript's is U+000B alone. */
const JAVA_VERTICAL_SPACE = '\\n\\x0B\\f\\r\\u0085\\u2028\\u2029';
/**
 * Java's `$` without MULTILINE: the end, or before a line terminator that ends the input (never between
 * `\r` and `\n`).
 */
const JAVA_DOLLAR = '(?:$|(?=(?:\\r\\n|[\\r\\u0085\\u2028\\u2029])$)|(?<!\\r)(?=\\n$))';

/** JavaScript for a token that Java reads differently, or the token itself. */
function javaToken(token: PatternToken, pattern: string): string {
  const wrap = (chars: string) => (token.inClass ? chars : `[${chars}]`);
  switch (token.text) {
    case '.':
      return token.inClass ? '.' : `[^${JAVA_LINE_TERMINATORS}]`;
    case '\\s':
      return wrap(JAVA_SPACE);
    case '\\S':
      return token.inClass ? JAVA_NON_SPACE : `[^${JAVA_SPACE}]`;
    case '\\v':
      return wrap(JAVA_VERTICAL_SPACE);
    case '$':
      // Followed only by closing groups, `$` is where a full match ends anyway, and both engines agree.
      return token.inClass || /^\)*$/.test(pattern.slice(token.start + 1)) ? '$' : JAVA_DOLLAR;
    default:
      return token.text;
  }
}

/**
 * A JavaScript source that full-matches what java.util.regex reads in a portable pattern: `.`, `\s`, `\S`,
 * `\v` and `$` are rewritten to Java's meaning. Throws on a non-portable pattern.
 */
export function javaReading(pattern: string): string {
  assertPortablePattern(pattern);
  const { tokens } = tokenize(pattern);
  const everything = classesWithSpaceAndNonSpace(tokens);
  return tokens
    .map((token, index) => (everything.has(index) ? token.text : javaToken(token, pattern)))
    .join('');
}

/**
 * Indexes of the `\s` and `\S` tokens of classes holding both, such as `[\s\S]`: the class is every
 * character (or, negated, none) in both engines, so they are left as written.
 */
function classesWithSpaceAndNonSpace(tokens: readonly PatternToken[]): Set<number> {
  const kept = new Set<number>();
  let members: number[] = [];
  tokens.forEach((token, index) => {
    if (!token.inClass) {
      const texts = members.map((member) => tokens[member]?.text);
      if (texts.includes('\\s') && texts.includes('\\S')) for (const member of members) kept.add(member);
      members = [];
    } else if (token.text === '\\s' || token.text === '\\S') members.push(index);
  });
  return kept;
}

/**
 * A JavaScript RegExp that reads `pattern` as java.util.regex does as far as JavaScript can: in Unicode mode
 * (`u`), so a surrogate pair is one character for `[^ ]`, `[\s\S]` and `{1,128}`, as Java counts code points.
 * A pattern that Unicode mode refuses (an identity escape such as `\-`, which Java and plain JavaScript allow)
 * is read without it; there bounds count UTF-16 code units.
 */
export function javaLikeRegExp(pattern: string, flags = ''): RegExp {
  try {
    return new RegExp(pattern, `${flags}u`);
  } catch {
    return new RegExp(pattern, flags);
  }
}

const compiled = new Map<string, RegExp>();

/** Full-string match, as java.util.regex.Pattern.matches does it (portable patterns only). */
export function fullMatch(pattern: string, message: string): boolean {
  let regex = compiled.get(pattern);
  if (!regex) {
    regex = javaLikeRegExp(`^(?:${javaReading(pattern)})$`);
    if (compiled.size >= 256) compiled.clear();
    compiled.set(pattern, regex);
  }
  return regex.test(message);
}

/** Whether a portable pattern has a `.` outside a character class (which stops at line breaks). */
export function usesDot(pattern: string): boolean {
  return tokenize(pattern).tokens.some((token) => token.text === '.' && !token.inClass);
}

/** The pattern with each `.` outside a class replaced by `[\s\S]`: what its author usually meant. */
export function withDotAsAnyCharacter(pattern: string): string {
  assertPortablePattern(pattern);
  return tokenize(pattern)
    .tokens.map((token) => (token.text === '.' && !token.inClass ? '[\\s\\S]' : token.text))
    .join('');
}
