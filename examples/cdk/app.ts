/**
 * A CDK app whose REST API integrates a Lambda function without proxy: errorMappedIntegration gives the
 * integration responses and request template, errorMappedMethodResponses the method responses, and
 * addErrorMappedGatewayResponses gives API Gateway's own refusals (429, 403, 504...) the same problem+json shape.
 *   npx cdk synth --app "npx tsx examples/cdk/app.ts"
 * In your project, import from 'lambda-error-map/cdk' and 'lambda-error-map'.
 */
import { pathToFileURL } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { RestApi } from 'aws-cdk-lib/aws-apigateway';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import {
  addErrorMappedGatewayResponses,
  errorMappedIntegration,
  errorMappedMethodResponses,
} from '../../src/cdk/index.js';
import { catalog } from '../catalog.js';

export function ordersStack(app: App): Stack {
  const stack = new Stack(app, 'Orders');
  const handler = new LambdaFunction(stack, 'OrdersFunction', {
    runtime: Runtime.NODEJS_22_X,
    handler: 'non-proxy.handler',
    // The bundle `npm run e2e:build` writes; any handler using taggedErrorMessage({ catalog }) works.
    code: Code.fromInline('export const handler = async () => ({ id: "o-1" });'),
  });
  const api = new RestApi(stack, 'OrdersApi');
  const order = api.root.addResource('orders').addResource('{case}');
  order.addMethod('GET', errorMappedIntegration(handler, { catalog, corsOrigin: '*' }), {
    methodResponses: errorMappedMethodResponses({ catalog, corsOrigin: '*' }),
  });
  addErrorMappedGatewayResponses(api, { catalog, corsOrigin: '*' });
  return stack;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const app = new App();
  ordersStack(app);
  app.synth();
}
