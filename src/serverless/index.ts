// Build-time entry point (`lambda-error-map/serverless`): the Serverless Framework loads its default export. The
// plugin's internals stay internal: the entry exports what docs/serverless.md's API reference lists.
import { LambdaErrorMapPlugin } from './plugin.js';

export { LambdaErrorMapPluginError } from '../surface/errors.js';
export type { LambdaErrorMapConfig } from './plugin-options.js';
export { LambdaErrorMapPlugin };
export default LambdaErrorMapPlugin;
