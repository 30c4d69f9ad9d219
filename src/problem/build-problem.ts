import type { MappedError } from '../catalog/catalog-types.js';
import { hasEntries, isReservedMember } from '../catalog/mapped.js';
import { isRetryAfterSeconds } from '../catalog/retry-after.js';
import { truncateUtf8 } from '../util/utf8.js';

/** An RFC 9457 problem details object, plus the extensions this package adds. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  retryAfter?: number;
  [extension: string]: unknown;
}

/**
 * A problem of the standard members only, in their order: what problemOf makes when it exposes no extension. The
 * JSON writer knows it by its class and writes it without looking at its members, so nothing adds any to it.
 */
export class StandardProblem implements ProblemDocument {
  [extension: string]: unknown;
  type: string;
  title: string;
  status: number;
  detail: string;
  declare instance?: string;
  declare requestId?: string;
  declare retryAfter?: number;

  constructor(type: string, title: string, status: number, detail: string) {
    this.type = type;
    this.title = title;
    this.status = status;
    this.detail = detail;
  }
}

/** What a problem depends on besides the mapped error and whether its detail is exposed. */
export interface ProblemOptions {
  /** Upper bound for `detail`, in UTF-8 bytes. */
  maxDetailBytes: number;
  /** Lambda request id (`context.awsRequestId`), sent as the `requestId` extension. */
  requestId?: string | undefined;
  /** URI reference of this occurrence, usually the request path. */
  instance?: string | undefined;
}

export interface BuildProblemOptions extends ProblemOptions {
  /** Show the detail (and extensions) of 5xx errors too. Off by default: server errors can hold secrets. */
  exposeServerErrors: boolean;
}

/** Whether the client may see the mapped error's own detail, extensions and headers. */
export function mayExposeDetail(mapped: MappedError, exposeServerErrors: boolean): boolean {
  return mapped.exposed || (mapped.status >= 500 && exposeServerErrors);
}

/**
 * The problem object a client receives for a mapped error, exposure decided by the caller (`exposed`, from
 * mayExposeDetail, which the caller also applies to the error's headers). The detail is the error's own text
 * only when exposed; otherwise it repeats the title, so nothing of a hidden error leaks.
 */
export function problemOf(mapped: MappedError, exposed: boolean, options: ProblemOptions): ProblemDocument {
  const detail = detailOf(mapped, exposed, options.maxDetailBytes);
  const withExtensions = exposesOwnExtensions(mapped, exposed);
  const problem: ProblemDocument = withExtensions
    ? { type: mapped.type, title: mapped.title, status: mapped.status, detail }
    : new StandardProblem(mapped.type, mapped.title, mapped.status, detail);
  if (options.instance) problem.instance = options.instance;
  if (options.requestId) problem.requestId = options.requestId;
  const retryAfter = retryAfterMember(mapped);
  if (retryAfter !== undefined) problem.retryAfter = retryAfter;
  if (withExtensions) addExtensions(problem, mapped.extensions);
  return problem;
}

/** The problem's `detail`: the error's own text when exposed, else its title; at most `maxDetailBytes`. */
export function detailOf(mapped: MappedError, exposed: boolean, maxDetailBytes: number): string {
  return truncateUtf8(exposed && mapped.detail !== '' ? mapped.detail : mapped.title, maxDetailBytes);
}

/** Whether problemOf adds extensions, exposure decided by the caller; when not, the problem is a StandardProblem. */
export function exposesOwnExtensions(mapped: MappedError, exposed: boolean): boolean {
  return exposed && hasEntries(mapped.extensions);
}

/** The `retryAfter` member of the problem, when it has one. */
export function retryAfterMember(mapped: MappedError): number | undefined {
  return isRetryAfterSeconds(mapped.retryAfter) ? mapped.retryAfter : undefined;
}

/** problemOf with the exposure decided here, from `exposeServerErrors`. */
export function buildProblem(mapped: MappedError, options: BuildProblemOptions): ProblemDocument {
  return problemOf(mapped, mayExposeDetail(mapped, options.exposeServerErrors), options);
}

function addExtensions(problem: ProblemDocument, extensions: Readonly<Record<string, unknown>>): void {
  for (const [name, value] of Object.entries(extensions)) {
    if (isReservedMember(name) || value === undefined) continue;
    problem[name] = value;
  }
}
