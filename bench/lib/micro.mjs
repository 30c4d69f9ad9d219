// Timing in interleaved rounds: every round runs every task briefly, in a rotated (and, every other
// round, reversed) order, and keeps each task's median latency. Per-task results and ratios are then
// medians across rounds, so slow drift of a shared machine hits all variants alike.
import { Bench } from 'tinybench';

/** Calls per timed sample: amortises the harness' own await and timer reads over many invocations. */
export const BATCH = 32;

/** A task that awaits `invoke` BATCH times (handlers are async; each call completes before the next). */
export function batchedInvocations(invoke, event, context) {
  return async () => {
    for (let i = 0; i < BATCH; i++) await invoke(event, context);
  };
}

/** A task that builds BATCH values with `make`, keeping them so the work cannot be optimised away. */
export function batchedConstruction(make) {
  const keep = new Array(BATCH);
  return () => {
    for (let i = 0; i < BATCH; i++) keep[i] = make();
    return keep.length;
  };
}

function orderForRound(tasks, roundIndex, rounds) {
  const step = Math.max(1, Math.ceil(tasks.length / rounds));
  const offset = (roundIndex * step) % tasks.length;
  const rotated = [...tasks.slice(offset), ...tasks.slice(0, offset)];
  return roundIndex % 2 === 1 ? rotated.reverse() : rotated;
}

async function runRound(tasks, options) {
  const bench = new Bench({ throws: true, iterations: 16, ...options });
  for (const task of tasks) bench.add(task.id, task.fn);
  await bench.run();
  return bench.tasks.map((task) => ({ id: task.name, nsPerCall: (task.result.latency.p50 / BATCH) * 1e6 }));
}

/**
 * Runs `tasks` ({ id, fn }) for `rounds` rounds of `timeMs` each after one discarded warm-up round.
 * Returns, per task id, the list of per-round median nanoseconds per call.
 */
export async function runInterleavedRounds(tasks, { rounds, timeMs, warmupMs, onRound = () => {} }) {
  await runRound(tasks, { time: warmupMs, warmup: true, warmupTime: warmupMs });
  const perRound = new Map(tasks.map((task) => [task.id, []]));
  for (let r = 0; r < rounds; r++) {
    for (const { id, nsPerCall } of await runRound(orderForRound(tasks, r, rounds), {
      time: timeMs,
      warmup: false,
    })) {
      perRound.get(id).push(nsPerCall);
    }
    onRound(r + 1, rounds);
  }
  return perRound;
}
