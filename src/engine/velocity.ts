import { requirePeer } from '../surface/require-peer.js';

export type Velocity = typeof import('velocityjs');

/** velocityjs, loaded on first use: only the template features of `lambda-error-map/testing` need it. */
export function loadVelocity(): Velocity {
  return requirePeer<Velocity>('velocityjs', 'Rendering mapping templates (lambda-error-map/testing)');
}
