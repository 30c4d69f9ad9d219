import type { MappedError } from '../catalog/catalog-types.js';
import { defaultCatalog } from '../catalog/default-catalog.js';
import type { ErrorCatalog } from '../catalog/define-catalog.js';
import { statusTitle } from '../catalog/status-titles.js';
import { taggedMessage } from '../contract/wire.js';
import { DEFAULT_MAX_DETAIL_BYTES } from '../options/common-options.js';
import { buildProblem, type ProblemDocument } from '../problem/build-problem.js';
import { problemJson, standardMembersOnly } from '../problem/render-problem.js';
import { fitsUtf8, utf8Length } from '../util/utf8.js';
import { unitsFittingEscaped } from './single-line-json.js';

export const DEFAULT_MAX_MESSAGE_BYTES = 8192;

export interface FormatTaggedMessageOptions {
  /** Decides which statuses may be tagged: the ones its generated selection patterns route. */
  catalog?: ErrorCatalog;
  /** Show the detail (and extensions) of 5xx errors. Default false. */
  exposeServerErrors?: boolean;
  /** Upper bound of `detail` in UTF-8 bytes, before the whole message is capped. Default 4096. */
  maxDetailBytes?: number;
  /** Upper bound of the whole message in UTF-8 bytes. Default 8192. */
  maxMessageBytes?: number;
  /** Lambda request id, sent as `requestId`. */
  requestId?: string | undefined;
}

export interface TaggedMessage {
  /** The kind the message is tagged with: the error's `name`, which Lambda reports as `errorType`. */
  readonly kind: string;
  /** The status in the tag: one the catalog has, so a generated selection pattern routes it. */
  readonly status: number;
  /** `[<status>] <single-line RFC 9457 JSON>`. */
  readonly message: string;
}

/**
 * The error a non-proxy integration can route: the mapped error itself when the catalog has its status,
 * else the class default (4xx → 400, 5xx → 500), since the generated patterns route catalog statuses only.
 * The kind routed to decides exposure too (the exposure rule): a 4xx tagged 500 is hidden by the 500 kind.
 */
export function routableError(mapped: MappedError, catalog: ErrorCatalog): MappedError {
  if (catalog.kindForStatus(mapped.status) !== undefined) return mapped;
  const fallback = mapped.status < 500 ? 400 : 500;
  const kind = catalog.kindForStatus(fallback) ?? catalog.kindForStatus(500);
  if (kind === undefined) {
    // A catalog without 400 and 500: the generated catch-all answers 500 for whatever is tagged here.
    const title = statusTitle(500);
    return { ...mapped, kind: 'ServerError', status: 500, title, type: 'about:blank', exposed: false };
  }
  const exposed = mapped.exposed && kind.expose;
  return { ...mapped, kind: kind.kind, status: kind.status, title: kind.title, type: kind.type, exposed };
}

/** `[<status>] <single-line JSON>`. */
function tagged(status: number, problem: ProblemDocument): string {
  return taggedMessage(status, problemJson(problem, true));
}

const ELLIPSIS = '…';
const ELLIPSIS_BYTES = 3;

/**
 * The longest prefix of `detail` whose escaped form fits `room` bytes, ending with "…" when cut (without it
 * when there is no room for it). Linear in the kept prefix, whatever the detail's length.
 */
function detailFitting(detail: string, room: number): string {
  if (unitsFittingEscaped(detail, room) === detail.length) return detail;
  if (room < ELLIPSIS_BYTES) return detail.slice(0, unitsFittingEscaped(detail, room));
  return detail.slice(0, unitsFittingEscaped(detail, room - ELLIPSIS_BYTES)) + ELLIPSIS;
}

/**
 * The message with `detail` shortened to fit, or undefined when even an empty detail does not. The detail's
 * escaped bytes add to the rest of the message, which is measured once with an empty detail.
 */
function fitDetail(status: number, problem: ProblemDocument, maxBytes: number): string | undefined {
  const room = maxBytes - utf8Length(tagged(status, { ...problem, detail: '' }));
  if (room < 0) return undefined;
  return tagged(status, { ...problem, detail: detailFitting(problem.detail, room) });
}

/** Shortens the message to `maxBytes`: the detail first, then without extensions, never cutting the JSON. */
function capMessage(status: number, problem: ProblemDocument, maxBytes: number): string {
  const withExtensions = fitDetail(status, problem, maxBytes);
  if (withExtensions !== undefined) return withExtensions;
  const standard = fitDetail(status, standardMembersOnly(problem), maxBytes);
  if (standard !== undefined) return standard;
  // Only a catalog title or type URI longer than the cap gets here.
  return tagged(status, { type: 'about:blank', title: statusTitle(status), status, detail: '' });
}

/**
 * The errorMessage of a non-proxy error: `[<status>] ` then the RFC 9457 problem as one line of JSON
 * (`type`, `title`, `status`, `detail`, `requestId`, `retryAfter`, and extensions when exposed).
 * A hidden detail is replaced by the title. Pure: no logging, no I/O.
 */
export function formatTaggedMessage(
  mapped: MappedError,
  options: FormatTaggedMessageOptions = {},
): TaggedMessage {
  const routable = routableError(mapped, options.catalog ?? defaultCatalog);
  const problem = buildProblem(routable, {
    exposeServerErrors: options.exposeServerErrors ?? false,
    maxDetailBytes: options.maxDetailBytes ?? DEFAULT_MAX_DETAIL_BYTES,
    requestId: options.requestId,
  });
  const maxBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  // A detail of more units than the cap has bytes cannot fit (a unit takes a byte or more): skip rendering it whole.
  const full = problem.detail.length > maxBytes ? undefined : tagged(routable.status, problem);
  const message =
    full !== undefined && fitsUtf8(full, maxBytes) ? full : capMessage(routable.status, problem, maxBytes);
  return { kind: routable.kind, status: routable.status, message };
}
