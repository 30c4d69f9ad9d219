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
  /** Whether the error's detail may be shown to clients. Defaults to `status < 500`. */
  expose?: boolean;
  /** AWS SDK exception names (e.g. `ResourceNotFoundException`: v3's `name`, v2's `code`) that map to this kind. */
  awsExceptions?: readonly string[];
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
  /** Whether `detail` and `extensions` are safe to show to the client. */
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
