/**
 * A corpus of errorMessages for checking that generated selection patterns partition every message, and the
 * status each one must reach, computed here with plain string operations (not regexes), as an independent
 * statement of the routing rules in DESIGN.md §3.
 */
import fc from 'fast-check';

export interface RoutingRules {
  readonly taggedStatuses: readonly number[];
  readonly timeoutStatus: number;
  readonly catchAllStatus: number;
}

/** The status a message must reach; undefined for the empty message (a success keeps the default). */
export function expectedStatus(message: string, rules: RoutingRules): number | undefined {
  if (message === '') return undefined;
  const tagged = /^\[(\d{3})\] \{/.exec(message);
  if (tagged && rules.taggedStatuses.includes(Number(tagged[1]))) return Number(tagged[1]);
  if (isTimeout(message)) return rules.timeoutStatus;
  return rules.catchAllStatus;
}

const TIMEOUT_TEXT = 'Task timed out after ';

function isTimeout(message: string): boolean {
  return message.startsWith(TIMEOUT_TEXT) || isRequestIdTimeout(message) || isDatedTimeout(message);
}

/** `RequestId: <id> Error: Task timed out after …`, the id 1 to 128 code points without a space. */
function isRequestIdTimeout(message: string): boolean {
  if (!message.startsWith('RequestId: ')) return false;
  const [id, rest] = splitAtSpace(message.slice('RequestId: '.length));
  return isBoundedWord(id, 128) && rest.startsWith(` Error: ${TIMEOUT_TEXT}`);
}

/** `<yyyy-mm-ddT…> <id> Task timed out after …`: a timestamp of at most 40 and an id of at most 128 code points. */
function isDatedTimeout(message: string): boolean {
  const [timestamp, afterTimestamp] = splitAtSpace(message);
  if (!isBoundedWord(timestamp, 40) || !isDatePrefix(timestamp)) return false;
  const [id, rest] = splitAtSpace(afterTimestamp.slice(1));
  return afterTimestamp.startsWith(' ') && isBoundedWord(id, 128) && rest.startsWith(` ${TIMEOUT_TEXT}`);
}

/** `yyyy-mm-ddT` followed by at least one more character. */
function isDatePrefix(text: string): boolean {
  const digitsAt = [0, 1, 2, 3, 5, 6, 8, 9];
  return (
    text.length > 11 &&
    digitsAt.every((i) => '0123456789'.includes(text[i] as string)) &&
    text[4] === '-' &&
    text[7] === '-' &&
    text[10] === 'T'
  );
}

/** The text before the first space, and the rest from that space on ('' when there is none). */
function splitAtSpace(text: string): [string, string] {
  const space = text.indexOf(' ');
  return space === -1 ? [text, ''] : [text.slice(0, space), text.slice(space)];
}

/** Java counts code points in `[^ ]{1,n}`: a surrogate pair is one character. */
function isBoundedWord(word: string, maxCodePoints: number): boolean {
  const length = [...word].length;
  return length >= 1 && length <= maxCodePoints;
}

const MEGABYTE = 1_000_000;

/** Characters that break naive patterns or naive transport. */
const AWKWARD = [
  '\n',
  '\r',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u0000',
  '\uD800',
  '\uDFFF',
  '😀',
  'é',
  '\t',
  ' ',
  '"',
  '\\',
  '{',
  '}',
  '[',
  ']',
];

const REQUEST_ID = '8f3c2a1e-5b7d-4c9a-9e21-0a1b2c3d4e5f';

function tails(): string[] {
  const problem = (status: number) =>
    JSON.stringify({ type: 'about:blank', title: 'T', status, detail: 'd', requestId: REQUEST_ID });
  return [
    '',
    '}',
    '"type":"about:blank"}',
    ...AWKWARD.map((char) => `"detail":"a${char}b"}`),
    'not json at all',
    problem(404).slice(1),
    `${problem(429).slice(1, -1)},"retryAfter":30}`,
  ];
}

/** Hand-written cases: tags, near-tags, forged tags, timeouts, crashes, runtime oddities, the empty message. */
export function namedMessages(statuses: readonly number[]): string[] {
  const messages: string[] = [''];
  const probes = [...new Set([...statuses, 200, 302, 418, 499, 599])];
  for (const status of probes) {
    for (const tail of tails()) messages.push(`[${status}] {${tail}`);
    messages.push(
      `[${status}]`,
      `[${status}] `,
      `[${status}] text`,
      `[${status}]{}`,
      `[${status}]  {}`,
      `[${status}]\t{}`,
      `[${status}]\n{}`,
      ` [${status}] {}`,
      `\n[${status}] {}`,
      `x [${status}] {}`,
      `[${status}0] {}`,
      `[${String(status).slice(0, 2)}] {}`,
      `[${status}] {"a":1} [500] {}`,
      `Error: [${status}] {}`,
      `[${status}] {`.repeat(3),
    );
  }
  messages.push(
    'Task timed out after 3.00 seconds',
    'Task timed out after 900.10 seconds',
    `RequestId: ${REQUEST_ID} Error: Task timed out after 3.00 seconds`,
    `${new Date(0).toISOString()} ${REQUEST_ID} Task timed out after 3.00 seconds`,
    `2019-04-25T16:58:39.621Z ${REQUEST_ID} Task timed out after 6.01 seconds`,
    `2019-04-25T16:58:39.621Z ${REQUEST_ID} Task timed out after `,
    `2019-04-25T16:58:39.621Z ${REQUEST_ID} Task timed out after`,
    `2019-04-25T16:58:39.621Z ${REQUEST_ID} Error: Task timed out after 3.00 seconds`,
    `2019-04-25T16:58:39.621Z  ${REQUEST_ID} Task timed out after 3.00 seconds`,
    `2019-04-25 ${REQUEST_ID} Task timed out after 3.00 seconds`,
    `2019-04-25T ${REQUEST_ID} Task timed out after 3.00 seconds`,
    `19-04-25T16:58:39Z ${REQUEST_ID} Task timed out after 3.00 seconds`,
    `2019-04-25T16:58:39.621Z Task timed out after 3.00 seconds`,
    `2019-04-25T${'9'.repeat(29)} x Task timed out after 1.00 seconds`,
    `2019-04-25T${'9'.repeat(30)} x Task timed out after 1.00 seconds`,
    `2019-04-25T00:00:00Z ${'i'.repeat(128)} Task timed out after 1.00 seconds`,
    `2019-04-25T00:00:00Z ${'i'.repeat(129)} Task timed out after 1.00 seconds`,
    `2019-04-25T00:00:00Z ${'😀'.repeat(100)} Task timed out after 1.00 seconds`,
    `2019-04-25T00:00:00Z ${'😀'.repeat(129)} Task timed out after 1.00 seconds`,
    `RequestId: ${'😀'.repeat(64)} Error: Task timed out after 3.00 seconds`,
    `RequestId: ${'😀'.repeat(65)} Error: Task timed out after 3.00 seconds`,
    `RequestId: ${'😀'.repeat(128)} Error: Task timed out after 3.00 seconds`,
    `RequestId: ${'😀'.repeat(129)} Error: Task timed out after 3.00 seconds`,
    `RequestId: ${'\uD800'.repeat(100)} Error: Task timed out after 3.00 seconds`,
    'Task timed out after',
    'Task timed out',
    'task timed out after 3.00 seconds',
    ' Task timed out after 3.00 seconds',
    'RequestId:  Error: Task timed out after 3.00 seconds',
    'RequestId: a b Error: Task timed out after 3.00 seconds',
    'RequestId: x Error: Task timed out after ',
    'RequestId: x Error: Task timed out after',
    `RequestId: ${'i'.repeat(128)} Error: Task timed out after 3.00 seconds`,
    `RequestId: ${'i'.repeat(129)} Error: Task timed out after 3.00 seconds`,
    `RequestId: ${REQUEST_ID} Error: Runtime exited with error: signal: killed`,
    `RequestId: ${REQUEST_ID} Error: Runtime exited with error: exit status 1`,
    `RequestId: ${REQUEST_ID} Error: Runtime exited without providing a reason`,
    'Process exited before completing request',
    '[object Object]',
    'handled',
    'Internal server error',
    'undefined',
    'null',
    "Cannot read properties of undefined (reading 'x')",
    '{"status":404}',
    ...AWKWARD,
    '[',
    '[]',
    '[5',
    '[50',
    '[500',
    '[500]',
    '[500] ',
    'RequestId:',
    'RequestId: ',
    'R',
  );
  return messages;
}

/** Megabyte messages, including the ones that would make a backtracking pattern quadratic. */
export function megabyteMessages(statuses: readonly number[]): string[] {
  const filler = 'x'.repeat(MEGABYTE);
  const status = statuses[0] ?? 400;
  return [
    `[${status}] {"detail":"${filler}"}`,
    `[${status}] {"detail":"${'\n\r\u2028'.repeat(MEGABYTE / 3)}"}`,
    `RequestId: ${filler}`,
    `RequestId: ${filler} Error: Task timed out after 3.00 seconds`,
    `2019-04-25T${filler} x Task timed out after 3.00 seconds`,
    `2019-04-25T00:00:00Z ${filler} Task timed out after 3.00 seconds`,
    `2019-04-25T00:00:00Z ${'x '.repeat(MEGABYTE / 2)}`,
    `RequestId: ${'x '.repeat(MEGABYTE / 2)}`,
    `Task timed out after ${filler}`,
    `[${'['.repeat(MEGABYTE)}`,
    filler,
    `${filler}[${status}] {}`,
  ];
}

/** Seeded random messages: arbitrary text, and arbitrary text after prefixes of every routed start. */
export function randomMessages(statuses: readonly number[], count: number, seed: number): string[] {
  const starts = [
    ...statuses.map((status) => `[${status}] {`),
    '[418] {',
    'Task timed out after ',
    `RequestId: ${REQUEST_ID} Error: Task timed out after `,
    `2019-04-25T16:58:39.621Z ${REQUEST_ID} Task timed out after `,
  ];
  const prefixes = starts.flatMap((start) =>
    [...Array(start.length + 1).keys()].map((n) => start.slice(0, n)),
  );
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: fc.constantFrom(...AWKWARD, 'a', '0', '4'), maxLength: 20 }),
    fc.json(),
  );
  const message = fc.oneof(
    text,
    fc.tuple(fc.constantFrom(...prefixes), text).map(([prefix, rest]) => prefix + rest),
  );
  return fc.sample(message, { seed, numRuns: count });
}

/** Named, megabyte and random messages, without duplicates. */
export function fullCorpus(statuses: readonly number[], randomCount: number, seed: number): string[] {
  return [
    ...new Set([
      ...namedMessages(statuses),
      ...megabyteMessages(statuses),
      ...randomMessages(statuses, randomCount, seed),
    ]),
  ];
}
