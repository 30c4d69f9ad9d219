import type {
  GatewayResponseModel,
  IntegrationResponseModel,
  IntegrationResponsesModel,
  MethodResponseModel,
} from '../model.js';
import { GENERATED_NOTICE } from './generated-notice.js';
import { hclString } from './hcl-string.js';

const METHOD_ARGUMENTS = [
  '  rest_api_id = var.rest_api_id',
  '  resource_id = var.resource_id',
  '  http_method = var.http_method',
];

export interface TerraformOptions {
  /** Default of the `http_method` variable. Default `POST`. */
  readonly httpMethod?: string;
  /** Default of the `lambda_invoke_arn` variable (an invocation URI); without it the variable is required. */
  readonly invocationUri?: string;
}

const variables = (options: TerraformOptions): string => `variable "rest_api_id" {
  type        = string
  description = "Id of the REST API (aws_api_gateway_rest_api.<name>.id)"
}

variable "resource_id" {
  type        = string
  description = "Id of the API resource (aws_api_gateway_resource.<name>.id)"
}

variable "http_method" {
  type        = string
  description = "HTTP method of the existing aws_api_gateway_method"
  default     = ${hclString(options.httpMethod ?? 'POST')}
}

variable "lambda_invoke_arn" {
  type        = string
  description = "invoke_arn of the aws_lambda_function (or alias) to integrate"${options.invocationUri === undefined ? '' : `\n  default     = ${hclString(options.invocationUri)}`}
}
`;

const INTEGRATION = `resource "aws_api_gateway_integration" "lambda" {
${METHOD_ARGUMENTS.join('\n')}
  type                    = "AWS"
  integration_http_method = "POST"
  uri                     = var.lambda_invoke_arn
  passthrough_behavior    = "WHEN_NO_MATCH"
}
`;

function hclMap(name: string, entries: Readonly<Record<string, string | boolean>>): string[] {
  const keys = Object.keys(entries);
  if (keys.length === 0) return [];
  const lines = keys.map((key) => {
    const value = entries[key] as string | boolean;
    return `    ${hclString(key)} = ${typeof value === 'boolean' ? String(value) : hclString(value)}`;
  });
  return [`  ${name} = {`, ...lines, '  }'];
}

/** Terraform identifier of the resources of one status: `status_404`. */
export function terraformResourceName(statusCode: string): string {
  return `status_${statusCode.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

function methodResponse(response: MethodResponseModel): string {
  return [
    `resource "aws_api_gateway_method_response" "${terraformResourceName(response.statusCode)}" {`,
    ...METHOD_ARGUMENTS,
    `  status_code = ${hclString(response.statusCode)}`,
    ...hclMap('response_parameters', response.responseParameters),
    '}',
    '',
  ].join('\n');
}

function integrationResponse(response: IntegrationResponseModel): string {
  const name = terraformResourceName(response.statusCode);
  return [
    `resource "aws_api_gateway_integration_response" "${name}" {`,
    ...METHOD_ARGUMENTS,
    `  status_code = aws_api_gateway_method_response.${name}.status_code`,
    ...(response.selectionPattern !== undefined
      ? [`  selection_pattern = ${hclString(response.selectionPattern)}`]
      : []),
    ...hclMap('response_templates', response.responseTemplates),
    ...hclMap('response_parameters', response.responseParameters),
    '  depends_on = [aws_api_gateway_integration.lambda]',
    '}',
    '',
  ].join('\n');
}

/** `aws_api_gateway_gateway_response` of one response type, named after it: `throttled`, `default_4xx`. */
function gatewayResponse(response: GatewayResponseModel): string {
  return [
    `resource "aws_api_gateway_gateway_response" "${response.responseType.toLowerCase().replace(/[^a-z0-9_]/g, '_')}" {`,
    '  rest_api_id   = var.rest_api_id',
    `  response_type = ${hclString(response.responseType)}`,
    ...(response.statusCode !== undefined ? [`  status_code   = ${hclString(response.statusCode)}`] : []),
    ...hclMap('response_templates', response.responseTemplates),
    ...hclMap('response_parameters', response.responseParameters),
    '}',
    '',
  ].join('\n');
}

/**
 * A Terraform module (HCL): variables for the REST API, resource, method and the function's invoke ARN;
 * the Lambda custom integration (type AWS, integration method POST); one method response and one
 * integration response per status; and an `aws_api_gateway_gateway_response` per Gateway Response of the model.
 */
export function emitTerraform(model: IntegrationResponsesModel, options: TerraformOptions = {}): string {
  const declared = new Set(model.methodResponses.map((response) => response.statusCode));
  for (const response of model.integrationResponses) {
    if (!declared.has(response.statusCode)) {
      throw new TypeError(
        `terraform emitter: integration response ${response.statusCode} has no method response; add one to the model`,
      );
    }
  }
  return [
    `# ${GENERATED_NOTICE}`,
    '# Use it as a module: module "errors" { source = "./<this folder>", rest_api_id = ..., resource_id = ..., lambda_invoke_arn = ... }',
    '',
    variables(options),
    INTEGRATION,
    ...model.methodResponses.map(methodResponse),
    ...model.integrationResponses.map(integrationResponse),
    ...(model.gatewayResponses ?? []).map(gatewayResponse),
  ].join('\n');
}
