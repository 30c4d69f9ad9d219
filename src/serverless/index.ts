// Build-time entry point (`lambda-error-map/serverless`): the Serverless Framework loads its default export.
import { LambdaErrorMapPlugin } from './plugin.js';

export { LambdaErrorMapPluginError } from '../surface/errors.js';
export { type LambdaHttpEvent, lambdaHttpEvents } from './lambda-http-events.js';
export { mergeResponse, type SuccessTemplateGuard } from './merge-response.js';
export { CONFIG_SCHEMA, type LambdaErrorMapConfig } from './plugin-options.js';
export type {
  HttpEventConfig,
  HttpResponseConfig,
  PluginLog,
  ServerlessLike,
  StatusCodeConfig,
} from './types.js';
export { LambdaErrorMapPlugin };
export default LambdaErrorMapPlugin;
