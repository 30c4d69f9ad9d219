import type { PluginUtils, ServerlessLike } from './types.js';
/**
 * Serverless Framework v3 plugin: before the framework compiles the API Gateway methods, fills
 * `response.statusCodes` of every `http` event with `integration: lambda` from the error catalog named by
 * `custom.lambdaErrorMap.catalog`. Proxy events are left alone.
 */
export declare class LambdaErrorMapPlugin {
    #private;
    readonly hooks: Record<string, () => Promise<void>>;
    constructor(serverless: ServerlessLike, _cliOptions?: unknown, utils?: PluginUtils);
    /** Fills the events once (a second run would find its own entries and take them for the user's). */
    configureHttpEvents(): Promise<void>;
}
//# sourceMappingURL=plugin.d.ts.map