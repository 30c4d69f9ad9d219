import { type AnyObject, isObjectLike, readObject, readProperty } from '../../safe-read/safe-read.js';
import { capText } from './detail-text.js';

const VALIDATOR_PACKAGE = '@middy/validator';
export const MAX_VALIDATION_ERRORS = 50;
export const MAX_VALIDATION_TEXT = 512;

export interface ValidationIssue {
  readonly instancePath: string;
  readonly message: string;
}

/** The ajv errors of a @middy/validator error (`cause: { package, data }`), or undefined for any other error. */
export function validatorData(error: AnyObject): unknown[] | undefined {
  const cause = readObject(error, 'cause');
  if (cause === undefined || readProperty(cause, 'package') !== VALIDATOR_PACKAGE) return undefined;
  const data = readProperty(cause, 'data');
  return Array.isArray(data) ? data : [];
}

/**
 * Only where the request failed and what rule it broke: ajv's `params`, `schemaPath` and `data` can
 * echo schema internals or the caller's own values back, so they are dropped.
 */
export function validationIssues(data: readonly unknown[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const length = readProperty(data, 'length');
  const count = typeof length === 'number' ? Math.min(length, MAX_VALIDATION_ERRORS) : 0;
  for (let i = 0; i < count; i++) {
    const entry = readProperty(data, i);
    if (!isObjectLike(entry)) continue;
    issues.push(validationIssue(readProperty(entry, 'instancePath'), readProperty(entry, 'message')));
  }
  return issues;
}

/** One issue as the `errors` extension shows it: two strings, each capped. */
export function validationIssue(instancePath: unknown, message: unknown): ValidationIssue {
  return {
    instancePath: typeof instancePath === 'string' ? capText(instancePath, MAX_VALIDATION_TEXT) : '',
    message: typeof message === 'string' ? capText(message, MAX_VALIDATION_TEXT) : 'is invalid',
  };
}
