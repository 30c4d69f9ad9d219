import { serverlessResponse } from '../generate/emitters/serverless.js';
import { integrationResponses } from '../generate/integration-responses.js';
import { lambdaHttpEvents } from './lambda-http-events.js';
import { loadCatalog } from './load-catalog.js';
import { mergeResponse } from './merge-response.js';
import { LambdaErrorMapPluginError } from './plugin-error.js';
import { CONFIG_SCHEMA, readPluginOptions } from './plugin-options.js';
const SILENT_LOG = { verbose: () => undefined };
/**
 * Serverless Framework v3 plugin: before the framework compiles the API Gateway methods, fills
 * `response.statusCodes` of every `http` event with `integration: lambda` from the error catalog named by
 * `custom.lambdaErrorMap.catalog`. Proxy events are left alone.
 */
export class LambdaErrorMapPlugin {
    hooks;
    #serverless;
    #log;
    #applied = false;
    constructor(serverless, _cliOptions, utils) {
        this.#serverless = serverless;
        this.#log = utils?.log ?? SILENT_LOG;
        serverless.configSchemaHandler?.defineCustomProperties?.(CONFIG_SCHEMA);
        // The API Gateway compiler validates http events and writes their CloudFormation on package:compileEvents.
        this.hooks = { 'before:package:compileEvents': () => this.configureHttpEvents() };
    }
    /** Fills the events once (a second run would find its own entries and take them for the user's). */
    async configureHttpEvents() {
        if (this.#applied)
            return;
        try {
            const count = await this.#configure();
            this.#applied = true;
            this.#log.verbose(`lambda-error-map: configured ${count} integration: lambda event${count === 1 ? '' : 's'}`);
        }
        catch (error) {
            if (error instanceof LambdaErrorMapPluginError)
                throw this.#frameworkError(error);
            throw error;
        }
    }
    async #configure() {
        const { service } = this.#serverless;
        // Configuration and catalog are checked even when no event needs them: a broken setup fails early.
        const options = readPluginOptions(service.custom);
        const catalog = await loadCatalog(this.#serviceDir(), options.catalogPath, options.catalogExport);
        const generated = serverlessResponse(this.#model(catalog, options.generator));
        const events = lambdaHttpEvents(service.functions);
        const responses = events.map((event) => mergeResponse(event, generated));
        // Written only once every event merged cleanly, so a conflict leaves the service untouched.
        events.forEach((event, i) => {
            event.http.response = responses[i];
        });
        return events.length;
    }
    #model(...args) {
        try {
            return integrationResponses(...args);
        }
        catch (error) {
            throw new LambdaErrorMapPluginError(`custom.lambdaErrorMap: ${error instanceof Error ? error.message : String(error)}`, 'LAMBDA_ERROR_MAP_INVALID_CONFIG');
        }
    }
    #serviceDir() {
        const dir = this.#serverless.serviceDir ?? this.#serverless.config?.servicePath;
        if (typeof dir !== 'string' || dir === '') {
            throw new LambdaErrorMapPluginError('the framework gave no service directory to resolve custom.lambdaErrorMap.catalog from; run the command inside a service', 'LAMBDA_ERROR_MAP_NO_SERVICE_DIR');
        }
        return dir;
    }
    #frameworkError(error) {
        const FrameworkError = this.#serverless.classes?.Error;
        return FrameworkError ? new FrameworkError(error.message, error.code) : error;
    }
}
//# sourceMappingURL=plugin.js.map