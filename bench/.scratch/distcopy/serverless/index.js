// Build-time entry point (`lambda-error-map/serverless`): the Serverless Framework loads its default export.
import { LambdaErrorMapPlugin } from './plugin.js';
export { lambdaHttpEvents } from './lambda-http-events.js';
export { mergeResponse } from './merge-response.js';
export { LambdaErrorMapPluginError } from './plugin-error.js';
export { CONFIG_SCHEMA } from './plugin-options.js';
export { LambdaErrorMapPlugin };
export default LambdaErrorMapPlugin;
//# sourceMappingURL=index.js.map