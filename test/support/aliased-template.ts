/** A Lambda invocation URI, as a CloudFormation method's `Integration.Uri` holds it. */
export const LAMBDA_URI =
  'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:orders/invocations';

/**
 * A CloudFormation YAML template whose `Get` and `Put` methods share one non-proxy Lambda integration through
 * a YAML anchor (`&lambda`) and alias (`*lambda`); its URI is anchored too (`&uri`). `integrationLines` and
 * `getLines` are added, indented, under the shared integration and under Get's properties.
 */
export function sharedIntegrationTemplate(integrationLines = '', getLines = ''): string {
  return `Resources:
  Get:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: GET
      Integration: &lambda
        Type: AWS
        Uri: &uri ${LAMBDA_URI}
${integrationLines}${getLines}  Put:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: PUT
      Integration: *lambda
`;
}

/**
 * One `AWS::ApiGateway::Method` resource with a non-proxy Lambda integration, as a YAML block under
 * `Resources:`; `integrationLines` and `propertyLines` (indented) go under its Integration and after it.
 */
export function nonProxyMethodYaml(
  logicalId: string,
  httpMethod: string,
  integrationLines = '',
  propertyLines = '',
): string {
  return `  ${logicalId}:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: ${httpMethod}
      Integration:
        Type: AWS
        Uri: ${LAMBDA_URI}
${integrationLines}${propertyLines}`;
}
