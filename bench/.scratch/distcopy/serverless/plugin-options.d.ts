import type { IntegrationResponsesOptions } from '../generate/integration-responses.js';
/** `custom.lambdaErrorMap` in serverless.yml. */
export interface LambdaErrorMapConfig extends IntegrationResponsesOptions {
    /** Path, relative to the service directory, of a JavaScript module exporting the error catalog. */
    catalog: string;
    /** Name of the export holding the catalog. Default: the default export, else an export named `catalog`. */
    catalogExport?: string;
}
export interface PluginOptions {
    readonly catalogPath: string;
    readonly catalogExport: string | undefined;
    readonly generator: IntegrationResponsesOptions;
}
/** JSON schema of `custom.lambdaErrorMap`, registered with the framework so typos are reported early. */
export declare const CONFIG_SCHEMA: {
    readonly type: "object";
    readonly properties: {
        readonly lambdaErrorMap: {
            readonly type: "object";
            readonly properties: {
                readonly catalog: {
                    readonly type: "string";
                    readonly minLength: 1;
                };
                readonly catalogExport: {
                    readonly type: "string";
                    readonly minLength: 1;
                };
                readonly successStatus: {
                    readonly type: "integer";
                };
                readonly successTemplate: {
                    readonly type: "string";
                };
                readonly timeoutStatus: {
                    readonly type: "integer";
                };
                readonly catchAllStatus: {
                    readonly type: "integer";
                };
                readonly corsOrigin: {
                    readonly type: "string";
                };
            };
            readonly required: readonly ["catalog"];
            readonly additionalProperties: false;
        };
    };
};
/** Reads and checks `custom.lambdaErrorMap`; the generator checks the values of its own options. */
export declare function readPluginOptions(custom: Record<string, unknown> | null | undefined): PluginOptions;
//# sourceMappingURL=plugin-options.d.ts.map