import type { ErrorCatalog } from '../catalog/define-catalog.js';
import { cloudFormationSizeWarning } from '../existing-api/cloudformation-size.js';
import { lambdaHttpEvents } from '../existing-api/serverless-events.js';
import { serverlessResponse } from '../generate/emitters/serverless.js';
import { gatewayResponsesNamed } from '../generate/gateway-responses.js';
import {
  type IntegrationResponsesOptions,
  integrationResponsesChecked,
} from '../generate/integration-responses.js';
import type { GatewayResponseModel, IntegrationResponsesModel } from '../generate/model.js';
import { DEFAULT_CATCH_ALL_STATUS } from '../generate/patterns.js';
import { guardSuccessTemplate } from '../generate/templates.js';
import { LambdaErrorMapPluginError } from '../surface/errors.js';
import { addGatewayResponses, withAccessLogFormat } from './gateway-resources.js';
import { loadCatalog } from './load-catalog.js';
import { mergeResponse } from './merge-response.js';
import { offlineWarnings } from './offline-warnings.js';
import {
  CONFIG_SCHEMA,
  GATEWAY_NAMES,
  PLUGIN_NAMES,
  type PluginOptions,
  pluginConfigError,
  readPluginOptions,
} from './plugin-options.js';
import { responseTemplateTexts, shareResponseTemplates } from './share-templates.js';
import type { PluginLog, PluginUtils, ServerlessErrorClass, ServerlessLike } from './types.js';

const SILENT_LOG: PluginLog = { verbose: () => undefined };

/**
 * Serverless Framework v3 plugin: before the framework compiles the API Gateway methods, fills
 * `response.statusCodes` of every `http` event with `integration: lambda` from the error catalog named by
 * `custom.lambdaErrorMap.catalog`. Proxy events are left alone. Once the events are compiled, adds the
 * Gateway Responses to the service's REST API (proxy and non-proxy alike), keeping any the user defined.
 */
export class LambdaErrorMapPlugin {
  readonly hooks: Record<string, () => Promise<void>>;
  readonly #serverless: ServerlessLike;
  readonly #log: PluginLog;
  #applied = false;
  /** The Gateway Responses to add once the REST API is compiled; undefined when turned off. */
  #gatewayResponses: readonly GatewayResponseModel[] | undefined;
  #gatewayApplied = false;
  #offlineWarned = false;
  /** The response templates the plugin wrote into the events, stored once in the compiled template's Mappings. */
  #templateTexts: ReadonlySet<string> = new Set();

  constructor(serverless: ServerlessLike, _cliOptions?: unknown, utils?: PluginUtils) {
    this.#serverless = serverless;
    this.#log = utils?.log ?? SILENT_LOG;
    serverless.configSchemaHandler?.defineCustomProperties?.(CONFIG_SCHEMA);
    // The API Gateway compiler validates http events and writes their CloudFormation on package:compileEvents.
    this.hooks = {
      'before:package:compileEvents': () => this.configureHttpEvents(),
      'after:package:compileEvents': () => this.addGatewayResponses(),
      // The template is complete (resources merged) and written once package:finalize has run.
      'after:package:finalize': () => this.checkTemplateSize(),
      // serverless-offline's lifecycles: `serverless offline` runs offline:start, `serverless offline start`
      // offline:start:init; neither runs the package hooks above, so nothing is written under offline.
      'before:offline:start': () => this.warnUnderOffline(),
      'before:offline:start:init': () => this.warnUnderOffline(),
    };
  }

  /**
   * Under `serverless offline`: one warning per non-proxy http event that offline does not route its errors as
   * API Gateway does, pointing to `lambda-error-map serve`. Writes nothing to the service: offline reads
   * `response.headers`, and a `response` without them loses its Content-Type.
   */
  async warnUnderOffline(): Promise<void> {
    if (this.#offlineWarned) return;
    this.#offlineWarned = true;
    for (const line of offlineWarnings(this.#serverless.service.functions)) this.#warn(line);
  }

  /** A warning shown without --verbose; the verbose log in releases whose log has no `warning`. */
  #warn(line: string): void {
    if (this.#log.warning === undefined) this.#log.verbose(line);
    else this.#log.warning(line);
  }

  /**
   * Warns in one line when the compiled template nears or passes the 1 MB CloudFormation accepts from S3 (the
   * framework uploads every template, so the 51,200-byte inline limit does not apply). Measured as the
   * framework writes it: JSON with 2-space indentation.
   */
  async checkTemplateSize(): Promise<void> {
    const template = this.#serverless.service.provider?.compiledCloudFormationTemplate;
    if (template === undefined) return;
    const warning = cloudFormationSizeWarning(
      'the compiled CloudFormation template',
      JSON.stringify(template, null, 2),
      's3',
    );
    if (warning === undefined) return;
    this.#warn(`lambda-error-map: ${warning}`);
  }

  /**
   * Once the framework compiled the REST API: stores the methods' response templates once in the compiled
   * template's Mappings, and adds the Gateway Responses, once.
   */
  async addGatewayResponses(): Promise<void> {
    if (this.#gatewayApplied) return;
    await this.configureHttpEvents();
    this.#gatewayApplied = true;
    this.#shareTemplates();
    if (this.#gatewayResponses === undefined) {
      this.#log.verbose(
        'lambda-error-map: Gateway Responses turned off (custom.lambdaErrorMap.gatewayResponses: false)',
      );
      return;
    }
    const { provider, resources } = this.#serverless.service;
    const compiled = provider?.compiledCloudFormationTemplate?.Resources;
    const result = compiled && addGatewayResponses(compiled, resources?.Resources, this.#gatewayResponses);
    if (result === undefined) {
      this.#log.verbose(
        'lambda-error-map: no REST API in this service (no http events): no Gateway Responses added',
      );
      return;
    }
    for (const type of result.kept) {
      this.#log.verbose(`lambda-error-map: kept your GatewayResponse for ${type}`);
    }
    this.#log.verbose(
      `lambda-error-map: added ${result.added.length} Gateway Response${result.added.length === 1 ? '' : 's'} to ApiGatewayRestApi`,
    );
  }

  #shareTemplates(): void {
    const { provider, resources } = this.#serverless.service;
    const compiled = provider?.compiledCloudFormationTemplate;
    if (compiled === undefined) return;
    try {
      const methods = shareResponseTemplates(compiled, this.#templateTexts, resources?.Mappings);
      if (methods > 0) {
        this.#log.verbose(
          `lambda-error-map: stored the response templates of ${methods} method${methods === 1 ? '' : 's'} once, in Mappings.LambdaErrorMap`,
        );
      }
    } catch (error) {
      if (error instanceof LambdaErrorMapPluginError) throw this.#frameworkError(error);
      throw error;
    }
  }

  /** Fills the events once (a second run would find its own entries and take them for the user's). */
  async configureHttpEvents(): Promise<void> {
    if (this.#applied) return;
    try {
      const count = await this.#configure();
      this.#applied = true;
      this.#log.verbose(
        `lambda-error-map: configured ${count} integration: lambda event${count === 1 ? '' : 's'}`,
      );
    } catch (error) {
      if (error instanceof LambdaErrorMapPluginError) throw this.#frameworkError(error);
      throw error;
    }
  }

  async #configure(): Promise<number> {
    const { service } = this.#serverless;
    // Configuration and catalog are checked even when no event needs them: a broken setup fails early.
    const options = readPluginOptions(service.custom);
    const catalog = await loadCatalog(this.#serviceDir(), options.catalogPath, options.catalogExport);
    const events = lambdaHttpEvents(service.functions);
    const generated = serverlessResponse(this.#model(catalog, options.generator, events.length > 0));
    this.#gatewayResponses = this.#gatewayModel(catalog, options);
    if (options.accessLogFormat) this.#setAccessLogFormat();
    const guard = (template: string) =>
      guardSuccessTemplate(template, options.generator.catchAllStatus ?? DEFAULT_CATCH_ALL_STATUS);
    const replacedLines: string[] = [];
    const responses = events.map((event) =>
      mergeResponse(
        event,
        generated,
        guard,
        options.replace
          ? (status, pattern) =>
              replacedLines.push(
                `lambda-error-map: function "${event.functionName}", http event ${event.route}: replaced response.statusCodes.${status} (pattern ${JSON.stringify(pattern)}) with the catalog's responses (replace: true)`,
              )
          : undefined,
      ),
    );
    // Written only once every event merged cleanly, so a conflict leaves the service untouched.
    events.forEach((event, i) => {
      event.http.response = responses[i];
    });
    this.#templateTexts = responseTemplateTexts(responses);
    for (const line of replacedLines) this.#log.verbose(line);
    return events.length;
  }

  #model(
    catalog: ErrorCatalog,
    generator: IntegrationResponsesOptions,
    hasEvents: boolean,
  ): IntegrationResponsesModel {
    try {
      return integrationResponsesChecked(catalog, generator, hasEvents, PLUGIN_NAMES);
    } catch (error) {
      throw pluginConfigError(error);
    }
  }

  #gatewayModel(catalog: ErrorCatalog, options: PluginOptions) {
    if (options.gateway === undefined) return undefined;
    try {
      return gatewayResponsesNamed(catalog, options.gateway, GATEWAY_NAMES);
    } catch (error) {
      throw pluginConfigError(error);
    }
  }

  /** provider.logs.restApi.format = the JSON access-log format, unless the user set one or turned logs off. */
  #setAccessLogFormat(): void {
    const provider = this.#serverless.service.provider;
    if (provider === undefined) return;
    provider.logs ??= {};
    const { value, set } = withAccessLogFormat(provider.logs.restApi);
    provider.logs.restApi = value;
    this.#log.verbose(
      set
        ? 'lambda-error-map: provider.logs.restApi.format set to the JSON access-log format'
        : 'lambda-error-map: kept your provider.logs.restApi (own format, or access logging off)',
    );
  }

  #serviceDir(): string {
    const dir = this.#serverless.serviceDir ?? this.#serverless.config?.servicePath;
    if (typeof dir !== 'string' || dir === '') {
      throw new LambdaErrorMapPluginError(
        'the framework gave no service directory to resolve custom.lambdaErrorMap.catalog from; run the command inside a service',
        'LAMBDA_ERROR_MAP_NO_SERVICE_DIR',
      );
    }
    return dir;
  }

  #frameworkError(error: LambdaErrorMapPluginError): Error {
    const FrameworkError: ServerlessErrorClass | undefined = this.#serverless.classes?.Error;
    return FrameworkError ? new FrameworkError(error.message, error.code) : error;
  }
}
