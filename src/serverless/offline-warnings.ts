import { type FunctionConfig, lambdaHttpEvents } from '../existing-api/serverless-events.js';

type Functions = Readonly<Record<string, FunctionConfig | null | undefined>> | null | undefined;

/**
 * One line per synchronous non-proxy http event: serverless-offline answers it with its own rules (the first
 * `[NNN]` anywhere in the message, else 502; no selection patterns, no response templates), so the locally
 * served errors differ from API Gateway's; `lambda-error-map serve` answers as API Gateway does.
 */
export function offlineWarnings(functions: Functions): string[] {
  return lambdaHttpEvents(functions).map(
    (event) =>
      `lambda-error-map: function "${event.functionName}", http event ${event.route} (integration: lambda): serverless-offline does not apply the selection patterns or response templates (it takes the first [NNN] anywhere in the error message, else 502), so its error responses differ from API Gateway's; run \`npx lambda-error-map serve --template serverless.yml\` (or \`--template .serverless\` after \`serverless package\`) to serve them as API Gateway does`,
  );
}
