import type {
  GatewayResponseModel,
  IntegrationResponseModel,
  IntegrationResponsesModel,
  MethodResponseModel,
} from '../model.js';
import { GENERATED_NOTICE } from './generated-notice.js';
import { shellQuote } from './shell-quote.js';

export interface AwsCliOptions {
  /** Default of HTTP_METHOD. Default `POST`. */
  readonly httpMethod?: string;
  /** Default of FUNCTION_ARN; without it the variable must be set. */
  readonly functionArn?: string;
}

const REQUIRE_FUNCTION_ARN =
  // biome-ignore lint/suspicious/noTemplateCurlyInString: shell variables, expanded by bash
  ': "${FUNCTION_ARN:?set FUNCTION_ARN to the ARN of the Lambda function or alias}"';

/** `VAR` from the environment, else `fallback` (assigned single-quoted first, so nothing in it expands). */
function withDefault(name: string, fallback: string): string {
  return `DEFAULT_${name}=${shellQuote(fallback)}\n${name}="\${${name}:-$DEFAULT_${name}}"`;
}

function prologue(options: AwsCliOptions): string {
  return `#!/usr/bin/env bash
# ${GENERATED_NOTICE}
# Needs REST_API_ID, RESOURCE_ID, FUNCTION_ARN and AWS_REGION (or AWS_DEFAULT_REGION); HTTP_METHOD defaults
# to ${options.httpMethod ?? 'POST'} and must name a method that exists (aws apigateway put-method). Redeploy the stage afterwards.
set -euo pipefail
: "\${REST_API_ID:?set REST_API_ID to the id of the REST API}"
: "\${RESOURCE_ID:?set RESOURCE_ID to the id of the API resource}"
${options.functionArn === undefined ? REQUIRE_FUNCTION_ARN : withDefault('FUNCTION_ARN', options.functionArn)}
REGION="\${AWS_REGION:-\${AWS_DEFAULT_REGION:?set AWS_REGION to the region of the API}}"
PARTITION="\${AWS_PARTITION:-aws}"
${withDefault('HTTP_METHOD', options.httpMethod ?? 'POST')}
`;
}

const METHOD_ARGUMENTS = [
  '--rest-api-id "$REST_API_ID"',
  '--resource-id "$RESOURCE_ID"',
  '--http-method "$HTTP_METHOD"',
];

function command(subcommand: string, args: readonly string[]): string {
  return [`aws apigateway ${subcommand}`, ...METHOD_ARGUMENTS, ...args].join(' \\\n  ') + '\n';
}

function jsonArgument(option: string, value: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(value).length > 0 ? [`${option} ${shellQuote(JSON.stringify(value))}`] : [];
}

function putIntegration(): string {
  return command('put-integration', [
    '--type AWS',
    '--integration-http-method POST',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell variables, expanded by bash
    '--uri "arn:${PARTITION}:apigateway:${REGION}:lambda:path/2015-03-31/functions/${FUNCTION_ARN}/invocations"',
    '--passthrough-behavior WHEN_NO_MATCH',
  ]);
}

function putMethodResponse(response: MethodResponseModel): string {
  return command('put-method-response', [
    `--status-code ${shellQuote(response.statusCode)}`,
    ...jsonArgument('--response-parameters', response.responseParameters),
  ]);
}

function putIntegrationResponse(response: IntegrationResponseModel): string {
  return command('put-integration-response', [
    `--status-code ${shellQuote(response.statusCode)}`,
    ...(response.selectionPattern !== undefined
      ? [`--selection-pattern ${shellQuote(response.selectionPattern)}`]
      : []),
    ...jsonArgument('--response-templates', response.responseTemplates),
    ...jsonArgument('--response-parameters', response.responseParameters),
  ]);
}

/** `put-gateway-response` of one response type, on the REST API only (Gateway Responses belong to the API). */
function putGatewayResponse(response: GatewayResponseModel): string {
  return (
    [
      'aws apigateway put-gateway-response',
      '--rest-api-id "$REST_API_ID"',
      `--response-type ${shellQuote(response.responseType)}`,
      ...(response.statusCode !== undefined ? [`--status-code ${shellQuote(response.statusCode)}`] : []),
      ...jsonArgument('--response-parameters', response.responseParameters),
      ...jsonArgument('--response-templates', response.responseTemplates),
    ].join(' \\\n  ') + '\n'
  );
}

/**
 * A bash script of AWS CLI commands: `put-integration` (type AWS, integration method POST), then a
 * `put-method-response` per status, then a `put-integration-response` per status, then a
 * `put-gateway-response` per Gateway Response of the model. Every value is one
 * single-quoted shell word; maps are JSON.
 */
export function emitAwsCli(model: IntegrationResponsesModel, options: AwsCliOptions = {}): string {
  return [
    prologue(options),
    putIntegration(),
    ...model.methodResponses.map(putMethodResponse),
    ...model.integrationResponses.map(putIntegrationResponse),
    ...(model.gatewayResponses ?? []).map(putGatewayResponse),
  ].join('\n');
}
