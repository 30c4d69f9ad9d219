import { isHeaderToken } from '../headers/header-rules.js';
import { describeValue } from '../options/describe-value.js';

/**
 * The one check of a CORS origin, for every place that takes one (generator options, CLI, plugin): `*`, or a
 * single serialized origin (`scheme://host[:port]`, nothing after it), so it can be sent as a static
 * `'value'` without quotes, commas or control characters breaking the header or API Gateway's literal.
 */
export function checkedCorsOrigin(where: string, origin: unknown): string {
  if (typeof origin === 'string' && origin.includes('${')) {
    // The serverless output would hand it to the Serverless Framework's variable resolver.
    throw new TypeError(
      `${where}: corsOrigin must not contain "\${" (the Serverless Framework would resolve it as a variable); give the origin itself, such as "https://app.example.com", got ${describeValue(origin)}`,
    );
  }
  if (origin === '*' || (typeof origin === 'string' && isSerializedOrigin(origin))) return origin;
  throw new TypeError(
    `${where}: corsOrigin must be a non-empty origin such as "https://app.example.com" or "*" (one origin: scheme://host[:port], no path, quotes, spaces or line breaks), got ${describeValue(origin)}`,
  );
}

function isSerializedOrigin(text: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^\s'",/]+$/i.test(text)) return false;
  try {
    return new URL(text).origin === text;
  } catch {
    return false;
  }
}

/** Header names for `Access-Control-Allow-Headers`: RFC 9110 tokens, without duplicates. */
export function checkedHeaderNames(where: string, option: string, names: unknown): string[] {
  const list = typeof names === 'string' ? names.split(',').map((name) => name.trim()) : names;
  if (
    !Array.isArray(list) ||
    list.length === 0 ||
    !list.every((name) => typeof name === 'string' && isHeaderToken(name) && !name.includes("'"))
  ) {
    throw new TypeError(
      `${where}: ${option} must be a list of header names such as ["Content-Type", "Authorization"], got ${describeValue(names)}`,
    );
  }
  return [...new Set(list as string[])];
}
