import { SERVERLESS_V3_DEFAULT_STATUS_CODES } from '../../src/existing-api/serverless-config.js';

/**
 * The shape `serverless package` writes to .serverless/cloudformation-template-update-stack.json for
 * `http: { path: orders/{id}, method: get, integration: lambda }` with the default statusCodes.
 */
export function serverlessDefaultsStack() {
  const codes = Object.entries(SERVERLESS_V3_DEFAULT_STATUS_CODES);
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: {
      ApiGatewayRestApi: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'dev-orders' } },
      ApiGatewayResourceOrders: {
        Type: 'AWS::ApiGateway::Resource',
        Properties: {
          ParentId: { 'Fn::GetAtt': ['ApiGatewayRestApi', 'RootResourceId'] },
          PathPart: 'orders',
          RestApiId: { Ref: 'ApiGatewayRestApi' },
        },
      },
      ApiGatewayResourceOrdersIdVar: {
        Type: 'AWS::ApiGateway::Resource',
        Properties: {
          ParentId: { Ref: 'ApiGatewayResourceOrders' },
          PathPart: '{id}',
          RestApiId: { Ref: 'ApiGatewayRestApi' },
        },
      },
      ApiGatewayMethodOrdersIdVarGet: {
        Type: 'AWS::ApiGateway::Method',
        Properties: {
          HttpMethod: 'GET',
          RequestParameters: {},
          ResourceId: { Ref: 'ApiGatewayResourceOrdersIdVar' },
          RestApiId: { Ref: 'ApiGatewayRestApi' },
          AuthorizationType: 'NONE',
          Integration: {
            IntegrationHttpMethod: 'POST',
            Type: 'AWS',
            Uri: {
              'Fn::Join': [
                '',
                [
                  'arn:',
                  { Ref: 'AWS::Partition' },
                  ':apigateway:',
                  { Ref: 'AWS::Region' },
                  ':lambda:path/2015-03-31/functions/',
                  { 'Fn::GetAtt': ['GetOrderLambdaFunction', 'Arn'] },
                  '/invocations',
                ],
              ],
            },
            PassthroughBehavior: 'NEVER',
            IntegrationResponses: codes.map(([status, { pattern }]) => ({
              StatusCode: status,
              SelectionPattern: pattern,
              ResponseParameters: {},
              ResponseTemplates: {},
            })),
          },
          MethodResponses: codes.map(([status]) => ({ StatusCode: status, ResponseParameters: {} })),
        },
      },
    },
  };
}
