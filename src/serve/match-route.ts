import type { Route } from './served-api.js';

export interface MatchedRoute {
  readonly route: Route;
  readonly pathParameters: Record<string, string>;
}

/**
 * The route API Gateway would pick for a request path (already without the stage) and method: literal segments
 * before `{param}`, `{param}` before `{proxy+}`, which takes the rest of the path; a method of its own before ANY.
 * Undefined when no resource and method match (API Gateway's Missing Authentication Token).
 */
export function matchRoute(
  routes: readonly Route[],
  httpMethod: string,
  requestPath: string,
): MatchedRoute | undefined {
  const segments = splitPath(requestPath);
  const candidates = routes.flatMap((route) => {
    const pathParameters = matchPath(splitPath(route.resourcePath), segments);
    const methodMatches = route.httpMethod === httpMethod || route.httpMethod === 'ANY';
    return pathParameters && methodMatches ? [{ route, pathParameters }] : [];
  });
  candidates.sort((a, b) => rank(a.route, httpMethod).localeCompare(rank(b.route, httpMethod)));
  return candidates[0];
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/** A sort key: per segment 0 literal, 1 parameter, 2 greedy; then 0 own method, 1 ANY. */
function rank(route: Route, httpMethod: string): string {
  const segments = splitPath(route.resourcePath).map((segment) =>
    segment.endsWith('+}') ? '2' : segment.startsWith('{') ? '1' : '0',
  );
  return `${segments.join('')}${'0'.repeat(64)}`.slice(0, 64) + (route.httpMethod === httpMethod ? '0' : '1');
}

function matchPath(
  pattern: readonly string[],
  segments: readonly string[],
): Record<string, string> | undefined {
  const parameters: Record<string, string> = {};
  for (const [index, part] of pattern.entries()) {
    if (part.startsWith('{') && part.endsWith('+}')) {
      const rest = segments.slice(index);
      if (rest.length === 0) return undefined;
      parameters[part.slice(1, -2)] = rest.map(decode).join('/');
      return parameters;
    }
    const segment = segments[index];
    if (segment === undefined) return undefined;
    if (part.startsWith('{') && part.endsWith('}')) parameters[part.slice(1, -1)] = decode(segment);
    else if (part !== segment) return undefined;
  }
  return pattern.length === segments.length ? parameters : undefined;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
