import { badValue, type ValueRule } from '../surface/declared-options.js';
import { OptionError } from '../surface/errors.js';
import { describeValue } from '../util/describe-value.js';
import { isHeaderToken } from '../util/header-rules.js';

/**
 * Checks a CORS origin, wherever one is taken (generator options, CLI, plugin): `*`, or a
 * single serialized origin (`scheme://host[:port]`, nothing after it), so it can be sent as a static
 * `'value'` without quotes, commas or control characters breaking the header or API Gateway's literal.
 */
export function checkedCorsOrigin(where: string, origin: unknown): string {
  return checkedOrigin(`${where}: corsOrigin`, origin);
}

/** `checkedCorsOrigin`, the option named `name` in its messages. */
function checkedOrigin(name: string, origin: unknown): string {
  if (typeof origin === 'string' && origin.includes('${')) {
    // The serverless output would hand it to the Serverless Framework's variable resolver.
    throw new OptionError(
      `${name} must not contain "\${" (the Serverless Framework would resolve it as a variable); give the origin itself, such as "https://app.example.com", got ${describeValue(origin)}`,
    );
  }
  if (origin === '*' || (typeof origin === 'string' && isSerializedOrigin(origin))) return origin;
  throw badValue(
    name,
    'a non-empty origin such as "https://app.example.com" or "*" (one origin: scheme://host[:port], no path, quotes, spaces or line breaks)',
    origin,
  );
}

/** `corsOrigin` of the generator's options: one origin, `*`, or a list of origins. */
export type CorsOrigins = string | readonly string[];

/** `corsOrigin` of every option set that has one: one origin, `*`, or a list (`a,b` on the command line). */
export const CORS_ORIGINS_RULE: ValueRule<CorsOrigins> = {
  schema: {
    anyOf: [
      { type: 'string', minLength: 1 },
      { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    ],
  },
  placeholder: 'ORIGIN',
  // A comma is never part of an origin.
  fromText: (text) => (text.includes(',') ? text.split(',').map((origin) => origin.trim()) : text),
  check: (value, name) => {
    checkedCorsOrigins(name, value);
    return value as CorsOrigins;
  },
};

/**
 * `corsOrigin` as a list, each origin checked by `checkedCorsOrigin`, duplicates dropped. `*` stands alone: in a
 * list it would allow every origin the list leaves out.
 */
export function checkedCorsOrigins(name: string, value: unknown): readonly string[] {
  if (!Array.isArray(value)) return [checkedOrigin(name, value)];
  if (value.length === 0) {
    throw new OptionError(
      `${name} must name at least one origin, such as ["https://app.example.com"]; omit it for no CORS header`,
    );
  }
  const origins = [...new Set(value.map((origin) => checkedOrigin(name, origin)))];
  if (origins.length > 1 && origins.includes('*')) {
    throw new OptionError(
      `${name} "*" already allows every origin; give "*" alone or a list of origins without it, got ${describeValue(value)}`,
    );
  }
  return origins;
}

/**
 * The single origin of `corsOrigin`, for where a static header is all API Gateway can send: a non-proxy integration
 * response. Its templates could only echo the request's Origin through `$input.params`, which AWS documents for
 * the method request, not for integration response templates, so several origins cannot be honoured safely.
 */
export function singleCorsOrigin(name: string, value: unknown): string {
  const origins = checkedCorsOrigins(name, value);
  if (origins.length > 1) {
    throw new OptionError(
      `${name} must be one origin or "*" for non-proxy integration responses, got ${origins.length} (they send a static Access-Control-Allow-Origin; AWS documents no way to read the request's Origin in a response template); use one origin, or a proxy integration with @middy/http-cors's origins list (docs/proxy.md)`,
    );
  }
  return origins[0] as string;
}

function isSerializedOrigin(text: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^\s'",/]+$/i.test(text)) return false;
  try {
    return new URL(text).origin === text;
  } catch {
    return false;
  }
}

/** `corsAllowHeaders`: header names, as a list or separated by commas. */
export const HEADER_NAMES_RULE: ValueRule<string | readonly string[]> = {
  schema: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
  placeholder: 'NAMES',
  check: (value, name) => {
    checkedHeaderNames(name, value);
    return value as string | readonly string[];
  },
};

/** Header names for `Access-Control-Allow-Headers`: RFC 9110 tokens, without duplicates. */
export function checkedHeaderNames(name: string, names: unknown): string[] {
  const list = typeof names === 'string' ? names.split(',').map((name) => name.trim()) : names;
  if (
    !Array.isArray(list) ||
    list.length === 0 ||
    !list.every((name) => typeof name === 'string' && isHeaderToken(name) && !name.includes("'"))
  ) {
    throw badValue(name, 'a list of header names such as ["Content-Type", "Authorization"]', names);
  }
  return [...new Set(list as string[])];
}
