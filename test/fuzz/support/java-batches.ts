/**
 * Routes many (model, messages) groups under Java in few JVM starts. Each call matches the union of the
 * groups' patterns against the union of their messages and keeps only each group's own block, so groups
 * are packed into one call until a budget of pattern × message pairs (or of message characters) is spent.
 */
import type { IntegrationResponsesModel } from '../../../src/generate/index.js';
import { javaMatchMatrix } from '../../support/java-regex.js';

export interface RoutingGroup {
  readonly model: IntegrationResponsesModel;
  readonly messages: readonly string[];
}

export interface BatchLimits {
  /** Most pattern × message pairs one Java call evaluates. */
  readonly maxPairs: number;
  /** Most message characters one Java call receives (its stdin is base64 of UTF-16). */
  readonly maxChars: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxPairs: 40_000_000, maxChars: 48_000_000 };

interface Selective {
  readonly statusCode: string;
  readonly selectionPattern: string;
}

function selectiveResponses(model: IntegrationResponsesModel): Selective[] {
  return model.integrationResponses.filter(
    (response): response is typeof response & Selective => response.selectionPattern !== undefined,
  );
}

function charsOf(messages: readonly string[]): number {
  return messages.reduce((sum, message) => sum + message.length, 0);
}

/** Consecutive groups that fit the limits together (a group too big on its own gets a call to itself). */
function packGroups(groups: readonly RoutingGroup[], limits: BatchLimits): RoutingGroup[][] {
  const packs: RoutingGroup[][] = [];
  let current: RoutingGroup[] = [];
  let patterns = 0;
  let messages = 0;
  let chars = 0;
  for (const group of groups) {
    const groupPatterns = selectiveResponses(group.model).length;
    const groupChars = charsOf(group.messages);
    const nextPatterns = patterns + groupPatterns;
    const nextMessages = messages + group.messages.length;
    const fits = nextPatterns * nextMessages <= limits.maxPairs && chars + groupChars <= limits.maxChars;
    if (current.length > 0 && !fits) {
      packs.push(current);
      current = [];
      patterns = 0;
      messages = 0;
      chars = 0;
    }
    current.push(group);
    patterns += groupPatterns;
    messages += group.messages.length;
    chars += groupChars;
  }
  if (current.length > 0) packs.push(current);
  return packs;
}

async function routePack(pack: readonly RoutingGroup[]): Promise<string[][][]> {
  const responses = pack.map((group) => selectiveResponses(group.model));
  const matrix = await javaMatchMatrix(
    responses.flat().map((response) => response.selectionPattern),
    pack.flatMap((group) => group.messages),
  );
  const routes: string[][][] = [];
  let row = 0;
  let column = 0;
  pack.forEach((group, g) => {
    const own = responses[g] ?? [];
    routes.push(
      group.messages.map(() => {
        const matches = matrix[row++] ?? [];
        return own.filter((_, p) => matches[column + p]).map((response) => response.statusCode);
      }),
    );
    column += own.length;
  });
  return routes;
}

export interface BatchedRoutes {
  /** routes[g][m]: the statuses whose pattern Java full-matches message m of group g. */
  readonly routes: string[][][];
  readonly javaCalls: number;
}

/** For every group and message, the statuses Java routes it to, in as few Java calls as the limits allow. */
export async function routeGroupsUnderJava(
  groups: readonly RoutingGroup[],
  limits: BatchLimits = DEFAULT_BATCH_LIMITS,
): Promise<BatchedRoutes> {
  const packs = packGroups(groups, limits);
  const routes: string[][][] = [];
  for (const pack of packs) routes.push(...(await routePack(pack)));
  return { routes, javaCalls: packs.length };
}
