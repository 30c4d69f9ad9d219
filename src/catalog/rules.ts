import { type AnyObject, isErrorInstance, isObjectLike, readString } from '../util/safe-read.js';
import {
  claimingKind,
  classifyClaimed,
  classifyNamedKind,
  classifyStatusError,
  namedKind,
  readErrorStatus,
  validationIssues,
  validatorData,
} from './app-errors.js';
import type { MappedError } from './catalog-types.js';
import type { ErrorCatalog } from './define-catalog.js';
import {
  type AwsServiceException,
  asAwsServiceException,
  asDownstreamHttpError,
  classifyAwsOverride,
  classifyConflict,
  classifyThrottle,
  DOWNSTREAM_TIMEOUT_DETAIL,
  downstreamDetail,
  isConflict,
  isDownstreamHttpTimeout,
  isThrottle,
  isTimeoutOrNetworkError,
} from './dependency-errors.js';
import { describeNonError, internalError, kindForStatus, mapped, messageOf } from './mapped.js';

/** What the rules read of a thrown value, each property read once. */
export interface Thrown {
  readonly value: unknown;
  /** The value when it can carry properties (objects and functions). */
  readonly object: AnyObject | undefined;
  readonly name: string | undefined;
  readonly aws: AwsServiceException | undefined;
  readonly isTimeout: boolean;
  /** The value when it is an Error that is neither an AWS exception nor a timeout (rules 1, 9–12). */
  readonly error: AnyObject | undefined;
  /** The error's `statusCode`/`status` when it is 400–599. */
  readonly status: number | undefined;
}

/** One row of the classification table in docs/catalog.md: `name` is its "Thrown value" cell. */
export interface ClassificationRule {
  readonly name: string;
  /** The mapped error when the rule applies, else undefined. */
  readonly apply: (thrown: Thrown, catalog: ErrorCatalog) => MappedError | undefined;
}

export function readThrown(value: unknown): Thrown {
  if (!isObjectLike(value)) {
    return {
      value,
      object: undefined,
      name: undefined,
      aws: undefined,
      isTimeout: false,
      error: undefined,
      status: undefined,
    };
  }
  const name = readString(value, 'name');
  const isTimeout = isTimeoutOrNetworkError(value, name);
  const aws = asAwsServiceException(value);
  const error = aws === undefined && !isTimeout && isErrorInstance(value) ? value : undefined;
  const status = error === undefined ? undefined : readErrorStatus(error);
  return { value, object: value, name, aws, isTimeout, error, status };
}

/**
 * An error of a catalog kind (by `name` and status): a CatalogError, also one from another copy of the
 * library. `classify` takes a CatalogError of this catalog by a faster path first.
 */
function catalogKind({ error, name, status }: Thrown, catalog: ErrorCatalog): MappedError | undefined {
  if (error === undefined || status === undefined) return undefined;
  const kind = namedKind(catalog, name, status);
  return kind === undefined ? undefined : classifyNamedKind(error, kind);
}

/**
 * The rules of `classify`, in the order of the table in docs/catalog.md ("Classification: what becomes
 * which status"), with the same names: the first rule that applies wins. A test checks that the two agree.
 */
export const CLASSIFICATION_RULES: readonly ClassificationRule[] = [
  { name: 'a `CatalogError` of this catalog', apply: catalogKind },
  {
    name: 'a value a kind `claims`',
    apply: ({ value }, catalog) => {
      const kind = claimingKind(catalog, value);
      return kind === undefined ? undefined : classifyClaimed(value, kind);
    },
  },
  {
    name: 'an AWS SDK v3/v2 exception in `awsExceptions`',
    apply: ({ aws, object }, catalog) =>
      aws && object ? classifyAwsOverride(aws, object, catalog) : undefined,
  },
  {
    name: 'a DynamoDB condition/transaction conflict',
    apply: ({ aws, object }, catalog) =>
      aws && object && isConflict(aws) ? classifyConflict(object, catalog) : undefined,
  },
  {
    name: 'AWS throttling',
    apply: ({ aws, object }, catalog) =>
      aws && object && isThrottle(aws) ? classifyThrottle(object, catalog) : undefined,
  },
  {
    name: 'a timeout or network failure',
    apply: ({ isTimeout, object }, catalog) =>
      isTimeout && object ? hidden(catalog, 504, timeoutDetail(object), object) : undefined,
  },
  {
    name: 'another AWS exception, a server fault',
    apply: ({ aws, object }, catalog) =>
      aws?.fault === 'server' && object ? hidden(catalog, 502, messageOf(object), object) : undefined,
  },
  {
    name: 'another AWS exception, a client fault',
    apply: ({ aws, object }, catalog) =>
      aws?.fault === 'client' && object ? hidden(catalog, 500, messageOf(object), object) : undefined,
  },
  {
    name: 'an HTTP client error (axios, got, ky…)',
    apply: ({ error }, catalog) => {
      const downstream = error === undefined ? undefined : asDownstreamHttpError(error);
      return downstream === undefined
        ? undefined
        : hidden(catalog, 502, downstreamDetail(downstream.status), error);
    },
  },
  {
    name: 'a `@middy/validator` event validation error',
    apply: ({ error, status }, catalog) => {
      const validation = error !== undefined && status === 400 ? validatorData(error) : undefined;
      if (error === undefined || validation === undefined) return undefined;
      return classifyStatusError(error, 400, catalog, { errors: validationIssues(validation) });
    },
  },
  {
    name: 'an `Error` with `statusCode`/`status` 400–599',
    apply: ({ error, status }, catalog) =>
      error !== undefined && status !== undefined ? classifyStatusError(error, status, catalog) : undefined,
  },
  {
    name: 'any other `Error`',
    apply: ({ error }, catalog) =>
      error === undefined ? undefined : internalError(catalog, messageOf(error), error),
  },
  {
    name: 'a string',
    apply: ({ value }, catalog) => (typeof value === 'string' ? nonError(catalog, value) : undefined),
  },
  {
    name: 'another primitive, a function, null, undefined',
    apply: ({ value, object }, catalog) =>
      object === undefined || typeof value === 'function' ? nonError(catalog, value) : undefined,
  },
  { name: 'a plain, cyclic or hostile object', apply: ({ value }, catalog) => nonError(catalog, value) },
];

/** An HTTP client's timeout message can name the URL it called: a fixed text replaces it. */
function timeoutDetail(error: AnyObject): string {
  return isDownstreamHttpTimeout(error) ? DOWNSTREAM_TIMEOUT_DETAIL : messageOf(error);
}

function hidden(catalog: ErrorCatalog, status: number, detail: string, cause: unknown): MappedError {
  return mapped(kindForStatus(catalog, status), { detail, exposed: false }, cause);
}

function nonError(catalog: ErrorCatalog, value: unknown): MappedError {
  return internalError(catalog, describeNonError(value), value);
}

/** The first rule's answer; the last rule applies to anything. */
export function applyRules(thrown: Thrown, catalog: ErrorCatalog): MappedError {
  for (const rule of CLASSIFICATION_RULES) {
    const result = rule.apply(thrown, catalog);
    if (result !== undefined) return result;
  }
  return nonError(catalog, thrown.value);
}
