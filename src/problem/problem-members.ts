/**
 * The members of a problem document this package writes itself, in order: RFC 9457's `type`, `title`,
 * `status`, `detail`, `instance`, and this package's `requestId` and `retryAfter`. The one list of reserved
 * members: an error's extensions may never replace them, whether they come through `classify` or straight
 * to `buildProblem`.
 */
export const STANDARD_MEMBERS = [
  'type',
  'title',
  'status',
  'detail',
  'instance',
  'requestId',
  'retryAfter',
] as const;

const RESERVED_MEMBERS: ReadonlySet<string> = new Set<string>(STANDARD_MEMBERS);

/** Whether an extension of this name must be dropped: a member we write, or `__proto__` (never copied). */
export function isReservedMember(name: string): boolean {
  return RESERVED_MEMBERS.has(name) || name === '__proto__';
}
