// Build-time entry point (`lambda-error-map/serverless`): the Serverless Framework loads its default export.
import { LambdaErrorMapPlugin } from './plugin.js';

export { LambdaErrorMapPluginError } from './plugin-error.js';
export type { LambdaErrorMapConfig } from './plugin-options.js';
export { LambdaErrorMapPlugin };
export default LambdaErrorMapPlugin;
