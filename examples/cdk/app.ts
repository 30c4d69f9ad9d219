/**
 * A CDK app whose REST API integrates a Lambda function without proxy: errorMappedIntegration gives the
 * integration responses and request template, errorMappedMethodResponses the method responses, and
 * addErrorMappedGatewayResponses gives API Gateway's own refusals (429, 403, 504...) the same problem+json shape.
 * A self-contained directory: copy it, `npm install`, then `npm run synth` (the templates land in cdk.out/);
 * with the CDK CLI installed, `cdk synth --app "npx tsx app.ts"` and `cdk deploy` work on it as on any app.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { RestApi } from 'aws-cdk-lib/aws-apigateway';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { buildSync } from 'esbuild';
import {
  addErrorMappedGatewayResponses,
  errorMappedIntegration,
  errorMappedMethodResponses,
} from 'lambda-error-map/cdk';
import { catalog } from './catalog.js';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Bundles handler.ts into .build/handler.mjs (the AWS SDK stays out: the runtime has it); returns the directory. */
export function bundleHandler(): string {
  const outdir = join(HERE, '.build');
  buildSync({
    entryPoints: [join(HERE, 'handler.ts')],
    outfile: join(outdir, 'handler.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['@aws-sdk/*'],
    logLevel: 'warning',
  });
  return outdir;
}

export function ordersStack(app: App): Stack {
  const stack = new Stack(app, 'Orders');
  const handler = new LambdaFunction(stack, 'OrdersFunction', {
    runtime: Runtime.NODEJS_22_X,
    // The file (handler.mjs, at the asset's root) and its export: what bundleHandler writes.
    handler: 'handler.handler',
    code: Code.fromAsset(bundleHandler()),
  });
  const api = new RestApi(stack, 'OrdersApi');
  const order = api.root.addResource('orders').addResource('{id}');
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
