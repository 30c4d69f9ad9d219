/**
 * The routing contract (DESIGN.md §3) written plainly, as the reference Java's routing is compared with:
 * the empty message (a success) goes nowhere; a message starting with the tag `[<status>] {` of a catalog
 * status goes to that status; a Lambda timeout message to the timeout status; anything else to the
 * catch-all. The `u` flag makes JavaScript count code points, as Java's regex does.
 */
const TAG_START = /^\[(\d{3})\] \{/u;
const TIMEOUT_START =
  /^(?:Task timed out after |RequestId: [^ ]{1,128} Error: Task timed out after |\d{4}-\d{2}-\d{2}T[^ ]{1,29} [^ ]{1,128} Task timed out after )/u;

export interface RoutingContract {
  readonly statuses: readonly number[];
  readonly timeoutStatus: number;
  readonly catchAllStatus: number;
}

export type RouteRole = 'success' | 'tagged' | 'timeout' | 'catch-all';

/** Which rule of the contract decides a message. */
export function routeRole(message: string, contract: RoutingContract): RouteRole {
  if (message === '') return 'success';
  const tag = TAG_START.exec(message);
  if (tag !== null && contract.statuses.includes(Number(tag[1]))) return 'tagged';
  return TIMEOUT_START.test(message) ? 'timeout' : 'catch-all';
}

/** The status a message must be routed to, or undefined for the empty message. */
export function expectedRoute(message: string, contract: RoutingContract): number | undefined {
  switch (routeRole(message, contract)) {
    case 'success':
      return undefined;
    case 'tagged':
      return Number(TAG_START.exec(message)?.[1]);
    case 'timeout':
      return contract.timeoutStatus;
    default:
      return contract.catchAllStatus;
  }
}

/** The Java route a partition gives: exactly the expected status, or nothing for the empty message. */
export function expectedJavaRoute(message: string, contract: RoutingContract): string[] {
  const status = expectedRoute(message, contract);
  return status === undefined ? [] : [String(status)];
}
