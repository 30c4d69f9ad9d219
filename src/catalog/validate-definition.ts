import { describeValue } from '../util/describe-value.js';
import type { ClaimOfKind, ErrorClaim, ErrorKind, ErrorKindDefinition } from './catalog-types.js';
import { isRetryAfterSeconds, MAX_RETRY_AFTER_SECONDS } from './retry-after.js';
import { STATUS_TITLES } from './status-titles.js';

const KIND_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Thrown when a catalog definition is invalid; the message names the entry and the fix. */
export class CatalogDefinitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogDefinitionError';
  }
}

function fail(kind: string, problem: string): never {
  throw new CatalogDefinitionError(`defineErrorCatalog: kind ${JSON.stringify(kind)}: ${problem}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function checkStatus(kind: string, status: unknown): number {
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status > 599) {
    fail(kind, `status must be an integer from 400 to 599, got ${describeValue(status)}`);
  }
  return status;
}

function checkOptionalText(kind: string, field: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || /[\r\n]/.test(value)) {
    fail(kind, `${field} must be a non-empty single-line string, got ${describeValue(value)}`);
  }
  return value;
}

function checkRetryAfter(kind: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (!isRetryAfterSeconds(value)) {
    fail(
      kind,
      `retryAfterSeconds must be a whole number of seconds from 0 to ${MAX_RETRY_AFTER_SECONDS} (one year), got ${describeValue(value)}`,
    );
  }
  return value;
}

function checkExpose(kind: string, value: unknown): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean')
    fail(kind, `expose must be true or false, got ${describeValue(value)}`);
  return value;
}

function checkAwsExceptions(kind: string, value: unknown): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((name) => typeof name !== 'string' || !KIND_NAME.test(name))) {
    fail(kind, 'awsExceptions must be an array of exception names such as "ResourceNotFoundException"');
  }
  return value;
}

const CLAIM_FIELDS = new Set(['instanceOf', 'when', 'issues', 'detail']);
const CLAIM_EXAMPLE = 'e.g. claims: claim({ instanceOf: ZodError, issues: (error) => error.issues })';

function checkClaims(kind: string, value: unknown): ErrorClaim | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value))
    fail(kind, `claims must be an object, got ${describeValue(value)}; ${CLAIM_EXAMPLE}`);
  for (const field of Object.keys(value)) {
    if (!CLAIM_FIELDS.has(field)) {
      fail(kind, `claims: unknown field ${JSON.stringify(field)} (known: ${[...CLAIM_FIELDS].join(', ')})`);
    }
  }
  const { instanceOf, when, issues, detail } = value;
  const classes = Array.isArray(instanceOf) ? instanceOf : instanceOf === undefined ? [] : [instanceOf];
  if (classes.some((candidate) => typeof candidate !== 'function')) {
    fail(kind, `claims.instanceOf must be a class or an array of classes, got ${describeValue(instanceOf)}`);
  }
  for (const [field, callback] of [
    ['when', when],
    ['issues', issues],
  ] as const) {
    if (callback !== undefined && typeof callback !== 'function') {
      fail(kind, `claims.${field} must be a function, got ${describeValue(callback)}`);
    }
  }
  if (classes.length === 0 && when === undefined) {
    fail(kind, `claims needs instanceOf (a class) or when (a predicate); ${CLAIM_EXAMPLE}`);
  }
  checkOptionalText(kind, 'claims.detail', detail);
  return value as ErrorClaim;
}

const NO_EXCEPTIONS: readonly string[] = Object.freeze([]);
const NO_CLASSES: ClaimOfKind['instanceOf'] = Object.freeze([]);

/** A frozen copy of a claim, its classes as a list. */
function claimOfKind(claim: ErrorClaim): ClaimOfKind {
  const { instanceOf } = claim;
  const classes = instanceOf === undefined ? NO_CLASSES : Object.freeze([instanceOf].flat());
  return Object.freeze({ ...claim, instanceOf: classes });
}

/**
 * The kind a definition describes, every default filled in. Checks nothing: definitions from users go
 * through validateDefinition first; the default catalog's own are checked by its tests, not at every start.
 */
export function kindFromDefinition(kind: string, definition: ErrorKindDefinition): ErrorKind {
  const { status, awsExceptions, claims } = definition;
  return Object.freeze({
    kind,
    status,
    title: definition.title ?? STATUS_TITLES[status] ?? kind,
    type: definition.type ?? 'about:blank',
    expose: definition.expose ?? status < 500,
    retryAfterSeconds: definition.retryAfterSeconds,
    awsExceptions: awsExceptions === undefined ? NO_EXCEPTIONS : Object.freeze([...awsExceptions]),
    claims: claims === undefined ? undefined : claimOfKind(claims),
  });
}

const KNOWN_FIELDS = new Set([
  'status',
  'title',
  'type',
  'retryAfterSeconds',
  'expose',
  'awsExceptions',
  'claims',
]);

/** Validates one catalog entry and fills in its defaults. Throws `CatalogDefinitionError` naming the entry. */
export function validateDefinition(kind: string, definition: unknown): ErrorKind {
  if (!KIND_NAME.test(kind)) {
    throw new CatalogDefinitionError(
      `defineErrorCatalog: kind name ${JSON.stringify(kind)} must be an identifier (a letter, then letters, digits or _), e.g. "OrderNotFound"`,
    );
  }
  if (!isPlainObject(definition))
    fail(kind, `must be an object such as { status: 404 }, got ${describeValue(definition)}`);
  for (const field of Object.keys(definition)) {
    if (!KNOWN_FIELDS.has(field)) {
      fail(kind, `unknown field ${JSON.stringify(field)} (known: ${[...KNOWN_FIELDS].join(', ')})`);
    }
  }
  const def = definition;
  return kindFromDefinition(kind, {
    status: checkStatus(kind, def.status),
    title: checkOptionalText(kind, 'title', def.title),
    type: checkOptionalText(kind, 'type', def.type),
    expose: checkExpose(kind, def.expose),
    retryAfterSeconds: checkRetryAfter(kind, def.retryAfterSeconds),
    awsExceptions: checkAwsExceptions(kind, def.awsExceptions),
    claims: checkClaims(kind, def.claims),
  });
}

export { isPlainObject };
