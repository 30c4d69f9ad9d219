// Build-time entry point (`lambda-error-map/serverless`): the Serverless Framework loads its default export.
import { LambdaErrorMapPlugin } from './plugin.js';

export type { SuccessTemplateGuard } from '../existing-api/merge-responses.js';
export {
  type HttpEventConfig,
  type HttpResponseConfig,
  type LambdaHttpEvent,
  lambdaHttpEvents,
  type StatusCodeConfig,
} from '../existing-api/serverless-events.js';
export { mergeResponse } from './merge-response.js';
export { LambdaErrorMapPluginError } from './plugin-error.js';
export { CONFIG_SCHEMA, type LambdaErrorMapConfig } from './plugin-options.js';
export type { PluginLog, ServerlessLike } from './types.js';
export { LambdaErrorMapPlugin };
export default LambdaErrorMapPlugin;
