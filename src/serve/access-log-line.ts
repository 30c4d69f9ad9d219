import { ACCESS_LOG_FORMAT } from '../generate/access-log.js';

/** What one request did, in the `$context` variables the access-log format names (`status`, `error.responseType`...). */
export type AccessLogContext = Readonly<Record<string, unknown>>;

const FIELDS = Object.entries(JSON.parse(ACCESS_LOG_FORMAT) as Record<string, string>);

/**
 * The request's line in the project's JSON access-log format (ACCESS_LOG_FORMAT), every value a string and `-`
 * for a variable without a value, as API Gateway writes it; values are JSON-escaped (API Gateway does not escape).
 */
export function accessLogLine(context: AccessLogContext): string {
  const line: Record<string, string> = {};
  for (const [name, reference] of FIELDS) {
    let value: unknown = context;
    for (const key of reference.replace('$context.', '').split('.')) {
      value = (value as Record<string, unknown> | undefined)?.[key];
    }
    line[name] = value === undefined || value === null || value === '' ? '-' : String(value);
  }
  return JSON.stringify(line);
}

/** `$context.requestTime`: `06/Dec/2026:23:41:00 +0000`, the Common Log Format time API Gateway writes. */
export function requestTime(date: Date): string {
  const month = date.toUTCString().slice(8, 11);
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${pad(date.getUTCDate())}/${month}/${date.getUTCFullYear()}:` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`
  );
}
