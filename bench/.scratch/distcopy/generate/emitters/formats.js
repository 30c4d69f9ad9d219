import { emitAwsCli } from './aws-cli.js';
import { emitCdkJson, emitCdkTypeScript } from './cdk.js';
import { emitCloudFormationJson, emitCloudFormationYaml } from './cloudformation.js';
import { emitOpenApi } from './openapi.js';
import { emitServerless } from './serverless.js';
import { emitTerraform } from './terraform.js';
/** Every target the generator writes, by the name the CLI's `--format` takes. */
export const OUTPUT_FORMATS = {
    serverless: emitServerless,
    cloudformation: emitCloudFormationJson,
    'cloudformation-yaml': emitCloudFormationYaml,
    openapi: emitOpenApi,
    cdk: emitCdkTypeScript,
    'cdk-json': emitCdkJson,
    terraform: emitTerraform,
    'aws-cli': emitAwsCli,
};
export function isOutputFormat(name) {
    return Object.hasOwn(OUTPUT_FORMATS, name);
}
/** The model written in one target format, as the text of the file to save. */
export function emit(format, model) {
    return OUTPUT_FORMATS[format](model);
}
//# sourceMappingURL=formats.js.map