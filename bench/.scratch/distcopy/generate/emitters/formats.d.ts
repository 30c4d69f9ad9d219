import type { IntegrationResponsesModel } from '../model.js';
import { emitAwsCli } from './aws-cli.js';
import { emitCdkJson, emitCdkTypeScript } from './cdk.js';
import { emitCloudFormationJson, emitCloudFormationYaml } from './cloudformation.js';
import { emitOpenApi } from './openapi.js';
import { emitServerless } from './serverless.js';
import { emitTerraform } from './terraform.js';
/** Every target the generator writes, by the name the CLI's `--format` takes. */
export declare const OUTPUT_FORMATS: {
    readonly serverless: typeof emitServerless;
    readonly cloudformation: typeof emitCloudFormationJson;
    readonly 'cloudformation-yaml': typeof emitCloudFormationYaml;
    readonly openapi: typeof emitOpenApi;
    readonly cdk: typeof emitCdkTypeScript;
    readonly 'cdk-json': typeof emitCdkJson;
    readonly terraform: typeof emitTerraform;
    readonly 'aws-cli': typeof emitAwsCli;
};
export type OutputFormat = keyof typeof OUTPUT_FORMATS;
export declare function isOutputFormat(name: string): name is OutputFormat;
/** The model written in one target format, as the text of the file to save. */
export declare function emit(format: OutputFormat, model: IntegrationResponsesModel): string;
//# sourceMappingURL=formats.d.ts.map