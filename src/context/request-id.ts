/**
 * `context.awsRequestId` when it is a non-empty string. Never throws: the context may be anything a test
 * or a wrapper passes, getters included.
 */
export function readRequestId(context: unknown): string | undefined {
  try {
    const id = (context as { awsRequestId?: unknown } | null | undefined)?.awsRequestId;
    return typeof id === 'string' && id !== '' ? id : undefined;
  } catch {
    return undefined;
  }
}
