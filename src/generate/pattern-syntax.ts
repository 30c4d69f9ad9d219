/**
 * API Gateway evaluates selection patterns with java.util.regex, full-string match. Our tooling evaluates
 * them in JavaScript. Only the syntax both read the same way is allowed; this module checks that and
 * gives the JavaScript full match.
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
};

/** Returns why a pattern is outside the Java∩JavaScript subset, or undefined when it is portable. */
export function portabilityProblem(pattern: string): string | undefined {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) return 'a trailing backslash';
      const problem = NON_PORTABLE_ESCAPES[next];
      if (problem) return problem;
      i++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      else if (char === '[') return 'a [ inside a character class (a union in Java, a literal in JavaScript)';
      else if (char === '&' && pattern[i + 1] === '&')
        return '&& inside a character class (an intersection in Java)';
      continue;
    }
    if (char === '[') {
      inClass = true;
      if (pattern[i + 1] === '^') i++;
      if (pattern[i + 1] === ']')
        return 'a character class starting with ] (literal in Java, empty in JavaScript)';
      continue;
    }
    if (char === '(' && pattern[i + 1] === '?') {
      const kind = pattern.slice(i + 2, i + 4);
      if (
        !(
          kind.startsWith(':') ||
          kind.startsWith('=') ||
          kind.startsWith('!') ||
          kind === '<=' ||
          kind === '<!'
        )
      ) {
        return `the group "(?${kind}" (inline flags, atomic and named groups are not portable)`;
      }
      continue;
    }
    if ((char === '*' || char === '+' || char === '?' || char === '}') && pattern[i + 1] === '+') {
      return 'a possessive quantifier (Java-only)';
    }
  }
  if (inClass) return 'an unclosed character class';
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

/** Full-string match, as java.util.regex.Pattern.matches does it. */
export function fullMatch(pattern: string, message: string): boolean {
  return javaLikeRegExp(`^(?:${pattern})$`).test(message);
}
