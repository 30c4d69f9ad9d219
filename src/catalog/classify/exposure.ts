import type { ErrorKind } from '../types.js';

/**
 * The exposure rule, the one place it is decided: an error's detail and extensions may be shown when the
 * kind it maps to allows it (`expose`, default `status < 500`) and the thrown error does not say
 * `expose: false`. The error can hide itself, never reveal itself: an `expose: true` on it does not widen
 * its kind (http-errors sets `expose` on every error, so it cannot tell a choice from a default).
 * `exposeServerErrors` (applied by the writers) then shows every 5xx.
 */
export function isExposed(kind: ErrorKind, ownExpose: unknown): boolean {
  return kind.expose && ownExpose !== false;
}
