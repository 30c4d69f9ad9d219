/** A class whose instances a kind can claim, e.g. zod's `ZodError`. */
export type ErrorClass<T = unknown> = abstract new (...args: never[]) => T;

/** One issue of a claimed validation error, as a claim's `issues` returns it (zod's issues have this shape). */
export interface ClaimedIssue {
  /** Where: a JSON Pointer (`/items/0/sku`) or the path's segments (`['items', 0, 'sku']`). */
  readonly path?: string | readonly PropertyKey[] | undefined;
  readonly message: string;
}

/**
 * The thrown values a kind takes (`claims`): instances of `instanceOf` (any of them, subclasses included) for
 * which `when` returns true; either may be left out, not both. Checked right after the catalog's own errors,
 * before every built-in rule; the first kind, in definition order, that claims a value takes it. Write it with
 * `claim({ … })` to have `when` and `issues` typed by `instanceOf`.
 */
export interface ErrorClaim {
  readonly instanceOf?: ErrorClass | readonly ErrorClass[];
  /** Whether the kind takes this value; a throw counts as no. */
  when?(thrown: unknown): boolean;
  /**
   * The issues to show as the `errors` extension, `[{ instancePath, message }]` as for @middy/validator's errors:
   * the first 50, each string capped at 512 characters, shown only when the error is exposed.
   */
  issues?(thrown: unknown): Iterable<ClaimedIssue> | undefined;
  /** The detail in place of the error's own message (a validation library's message can be long or echo input). */
  readonly detail?: string;
}

/** How a user describes one kind of error in a catalog. */
export interface ErrorKindDefinition {
  /** HTTP status, an integer from 400 to 599. */
  status: number;
  /** Short, human-readable summary (RFC 9457 `title`). Defaults to the status' reason phrase. */
  title?: string;
  /** RFC 9457 `type` URI. Defaults to `about:blank`. */
  type?: string;
  /** Seconds a client should wait before retrying; sent as `Retry-After` (and `retryAfter` for non-proxy). */
  retryAfterSeconds?: number;
  /** Whether the error's detail may be exposed to clients. Defaults to `status < 500`. */
  expose?: boolean;
  /** AWS SDK exception names (e.g. `ResourceNotFoundException`: v3's `name`, v2's `code`) that map to this kind. */
  awsExceptions?: readonly string[];
  /** Third-party errors this kind takes (a validation library's, …), see `claim`. */
  claims?: ErrorClaim;
}

/** A kind after validation, with every default filled in. */
export interface ErrorKind {
  readonly kind: string;
  readonly status: number;
  readonly title: string;
  readonly type: string;
  readonly expose: boolean;
  readonly retryAfterSeconds: number | undefined;
  readonly awsExceptions: readonly string[];
  /** The thrown values this kind takes, `instanceOf` as a list; undefined when it claims none. */
  readonly claims: ClaimOfKind | undefined;
}

/** A kind's claim after validation: a frozen copy, its classes as a list. */
export interface ClaimOfKind extends ErrorClaim {
  readonly instanceOf: readonly ErrorClass[];
}

/** What `classify` makes of any thrown value: everything a response writer needs, nothing it must guess. */
export interface MappedError {
  /** Catalog kind name (also the `errorType` a non-proxy integration sees). */
  readonly kind: string;
  readonly status: number;
  readonly title: string;
  readonly type: string;
  /** The error's own message, as text. Shown to clients only when `exposed` is true (or the caller allows 5xx). */
  readonly detail: string;
  /** Whether `detail` and `extensions` are exposed to the client (safe to send). */
  readonly exposed: boolean;
  /** Safe response headers the error asked for (validated: no CR/LF, no Content-Type). */
  readonly headers: Readonly<Record<string, string>>;
  /** Seconds, when known. */
  readonly retryAfter: number | undefined;
  /** Extra RFC 9457 members that are safe to show (e.g. validation `errors`). */
  readonly extensions: Readonly<Record<string, unknown>>;
  /** The value that was thrown, untouched. */
  readonly cause: unknown;
}
