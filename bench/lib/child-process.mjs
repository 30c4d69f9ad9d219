import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./cold-child.mjs', import.meta.url));

/** Imports `moduleUrl` in a fresh Node process (and invokes its handler once when `orderId` is given). */
export function inFreshProcess(moduleUrl, orderId, nodeBinary = process.execPath) {
  const args = [CHILD, moduleUrl, ...(orderId === undefined ? [] : [String(orderId)])];
  const output = execFileSync(nodeBinary, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(output.trim().split('\n').at(-1));
}
