/**
 * Configurations whose findings share one cause that can be named once: the Serverless Framework v3 default
 * `statusCodes`, which most non-proxy services run (whether read from serverless.yml or from its compiled
 * CloudFormation).
 */
import { isDefaultPattern } from '../contract/selection.js';
import { SERVERLESS_V3_DEFAULT_STATUS_CODES } from '../existing-api/serverless-config.js';
import type { IntegrationResponsesModel } from '../generate/model.js';

export type RootCause = 'serverless-v3-default-patterns';

export const ROOT_CAUSES: Readonly<Record<RootCause, string>> = {
  'serverless-v3-default-patterns': `the Serverless Framework v3 default patterns (statusCodes ${Object.keys(
    SERVERLESS_V3_DEFAULT_STATUS_CODES,
  )
    .filter((status) => !isDefaultPattern(SERVERLESS_V3_DEFAULT_STATUS_CODES[status]?.pattern))
    .join(
      ', ',
    )}, e.g. [\\s\\S]*\\[400\\][\\s\\S]*): not anchored, overlapping, unrouted timeouts and crashes, no template to hide the raw error; most findings below follow from them`,
};

const DEFAULT_PATTERNS = Object.entries(SERVERLESS_V3_DEFAULT_STATUS_CODES)
  .filter(([, config]) => !isDefaultPattern(config.pattern))
  .map(([status, config]) => `${status} ${config.pattern}`)
  .sort();

/** The root cause a configuration shows, if it is one lint knows. */
export function rootCauseOf(integration: IntegrationResponsesModel): RootCause | undefined {
  const patterns = integration.integrationResponses
    .filter((response) => !isDefaultPattern(response.selectionPattern))
    .map((response) => `${response.statusCode} ${response.selectionPattern}`)
    .sort();
  return patterns.length === DEFAULT_PATTERNS.length &&
    patterns.every((pattern, index) => pattern === DEFAULT_PATTERNS[index])
    ? 'serverless-v3-default-patterns'
    : undefined;
}
