/**
 * JSON written piece by piece, formatted exactly as `JSON.stringify(value, null, 2)` would: reports of
 * thousands of methods never exist as one string (V8 caps a string near 512 MB), and a LazyArray's items are
 * made only as they are written.
 */

/** An array whose items are produced while it is written. */
export class LazyArray<T> {
  constructor(readonly items: () => Iterable<T>) {}
}

/** Below this depth objects and arrays are written member by member; deeper ones in one stringify. */
const STREAMED_DEPTH = 3;
const FLUSH_AT = 1 << 16;

/** Writes `value` then a line break through `write`, in chunks of about 64 KB. */
export function writePrettyJson(value: unknown, write: (chunk: string) => void): void {
  let buffer = '';
  const emit = (text: string) => {
    buffer += text;
    if (buffer.length >= FLUSH_AT) {
      write(buffer);
      buffer = '';
    }
  };
  writeValue(value, 0, emit);
  write(`${buffer}\n`);
}

/** The whole text, for callers that want a string. */
export function prettyJson(value: unknown): string {
  const chunks: string[] = [];
  writePrettyJson(value, (chunk) => chunks.push(chunk));
  return chunks.join('');
}

function writeValue(value: unknown, depth: number, emit: (text: string) => void): void {
  const indent = '  '.repeat(depth);
  if (value instanceof LazyArray) {
    writeMembers(value.items(), depth, emit, '[', ']', (item) => writeValue(item, depth + 1, emit));
    return;
  }
  if (depth < STREAMED_DEPTH && Array.isArray(value)) {
    writeMembers(value, depth, emit, '[', ']', (item) => writeValue(item ?? null, depth + 1, emit));
    return;
  }
  if (depth < STREAMED_DEPTH && typeof value === 'object' && value !== null && !('toJSON' in value)) {
    const entries = Object.entries(value).filter(([, member]) => member !== undefined);
    writeMembers(entries, depth, emit, '{', '}', ([key, member]) => {
      emit(`${JSON.stringify(key)}: `);
      writeValue(member, depth + 1, emit);
    });
    return;
  }
  emit((JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`));
}

function writeMembers<T>(
  members: Iterable<T>,
  depth: number,
  emit: (text: string) => void,
  open: string,
  close: string,
  writeMember: (member: T) => void,
): void {
  const inner = '  '.repeat(depth + 1);
  let count = 0;
  for (const member of members) {
    emit(`${count === 0 ? open : ','}\n${inner}`);
    writeMember(member);
    count++;
  }
  emit(count === 0 ? `${open}${close}` : `\n${'  '.repeat(depth)}${close}`);
}
