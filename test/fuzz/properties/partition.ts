/**
 * Property 4: for random valid catalogs and routing options, the generated selection patterns form a
 * partition under Java: over random and adversarial messages (hostile text, tags of every status, timeouts,
 * crashes) every non-empty message matches exactly one pattern, the one the routing contract names, and the
 * empty message matches none. Messages of all catalogs go to Java in a few calls.
 */
import fc from 'fast-check';
import { integrationResponses } from '../../../src/generate/index.js';
import {
  type RandomCatalog,
  randomCatalog,
  routingOptions,
  selectionMessage,
  theDefaultCatalog,
} from '../../support/arbitraries.js';
import {
  expectedJavaRoute,
  type RouteRole,
  type RoutingContract,
  routeRole,
} from '../support/expected-route.js';
import { routeGroupsUnderJava } from '../support/java-batches.js';
import { clip, type PropertyReport } from '../support/report.js';
import type { RunSettings } from '../support/settings.js';

export const PARTITION_PROPERTY = 'generated patterns partition every message under Java (random catalogs)';

/** Messages per catalog: a run of N messages spreads them over ceil(N / this) catalogs. */
const MESSAGES_PER_CATALOG = 500;

interface CatalogSetup {
  readonly random: RandomCatalog;
  readonly options: { timeoutStatus?: number; catchAllStatus?: number };
}

function contractOf(setup: CatalogSetup): RoutingContract {
  return {
    statuses: setup.random.catalog.statuses,
    timeoutStatus: setup.options.timeoutStatus ?? 504,
    catchAllStatus: setup.options.catchAllStatus ?? 500,
  };
}

function setups(count: number, seed: number): CatalogSetup[] {
  const drawn = fc.sample(fc.record({ random: randomCatalog(), options: routingOptions() }), {
    numRuns: Math.max(1, count - 1),
    seed,
  });
  return [{ random: theDefaultCatalog(), options: {} }, ...drawn].slice(0, count);
}

export async function runPartitionProperty(settings: RunSettings): Promise<PropertyReport> {
  const started = performance.now();
  const catalogCount = Math.max(1, Math.ceil(settings.numRuns / MESSAGES_PER_CATALOG));
  const chosen = setups(catalogCount, settings.seed);
  let remaining = settings.numRuns;
  const groups = chosen.map((setup, i) => {
    const size = Math.min(remaining, MESSAGES_PER_CATALOG);
    remaining -= size;
    // Every catalog also gets the empty message (a success), which must match nothing.
    const messages = [
      '',
      ...fc.sample(selectionMessage(setup.random.catalog.statuses), {
        numRuns: Math.max(1, size - 1),
        seed: settings.seed + i + 1,
      }),
    ];
    return { model: integrationResponses(setup.random.catalog, setup.options), messages };
  });
  const { routes, javaCalls } = await routeGroupsUnderJava(groups);
  const failures: string[] = [];
  let cases = 0;
  const roles: Record<RouteRole, number> = { success: 0, tagged: 0, timeout: 0, 'catch-all': 0 };
  routes.forEach((catalogRoutes, g) => {
    const setup = chosen[g] as CatalogSetup;
    const contract = contractOf(setup);
    catalogRoutes.forEach((route, m) => {
      cases += 1;
      const message = groups[g]?.messages[m] ?? '';
      const expected = expectedJavaRoute(message, contract);
      roles[routeRole(message, contract)] += 1;
      if (JSON.stringify(route) === JSON.stringify(expected)) return;
      failures.push(
        `${fc.stringify(setup.random)} with ${JSON.stringify(setup.options)}: Java routes ${clip(JSON.stringify(message), 300)} to ${JSON.stringify(route)}, expected ${JSON.stringify(expected)}`,
      );
    });
  });
  failures.sort((a, b) => a.length - b.length);
  return {
    property: PARTITION_PROPERTY,
    cases,
    failures: failures.length,
    seed: settings.seed,
    milliseconds: performance.now() - started,
    ...(failures.length === 0 ? {} : { failure: failures.slice(0, 3).join('\n') }),
    notes: [
      `${chosen.length} catalogs, ${javaCalls} Java call(s)`,
      `messages by rule: ${Object.entries(roles)
        .map(([role, count]) => `${role} ${count}`)
        .join(', ')}`,
    ],
  };
}
