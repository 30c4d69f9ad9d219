import { GATEWAY_RESPONSES_OPTIONS, type GatewayResponsesOptions } from '../generate/gateway-responses.js';
import {
  INTEGRATION_RESPONSES_OPTIONS,
  type IntegrationResponsesOptions,
} from '../generate/integration-responses.js';
import {
  BOOLEAN_RULE,
  badValue,
  checkGiven,
  checkOptions,
  type GivenOptions,
  isOptionsObject,
  namedUnder,
  type OptionDeclarations,
  objectSchema,
  refuseUndeclared,
  textRule,
  type ValueRule,
} from '../surface/declared-options.js';
import { LambdaErrorMapPluginError, OptionError } from '../surface/errors.js';

const CONFIG = 'custom.lambdaErrorMap';
const EXAMPLE = 'custom: { lambdaErrorMap: { catalog: ./build/catalog.js } }';

const { corsOrigin: _sharedWithIntegrationResponses, ...GATEWAY_TUNING } = GATEWAY_RESPONSES_OPTIONS;

type GatewayTuning = GivenOptions<typeof GATEWAY_TUNING>;

/** `gatewayResponses`: on (`true`), off (`false`), or an object of the Gateway Responses' options but corsOrigin. */
const GATEWAY_RESPONSES_RULE: ValueRule<boolean | GatewayTuning> = {
  schema: { anyOf: [{ type: 'boolean' }, objectSchema(GATEWAY_TUNING)] },
  placeholder: '',
  check: (value, name) => {
    if (typeof value === 'boolean') return value;
    if (!isOptionsObject(value)) {
      throw badValue(
        name,
        'true, false or an object such as { corsAllowHeaders: [Content-Type, Authorization] }',
        value,
      );
    }
    refuseUndeclared(GATEWAY_TUNING, value, name);
    return checkGiven(GATEWAY_TUNING, value, namedUnder(name));
  },
};

/**
 * `custom.lambdaErrorMap` in serverless.yml, each option declared once: the generator's own under their names,
 * and the plugin's. The config schema registered with the framework and the checks are derived from these.
 */
export const PLUGIN_OPTIONS = {
  /** Path, relative to the service directory, of a JavaScript module exporting the error catalog. */
  catalog: {
    rule: textRule(
      `the path of a JavaScript module exporting your error catalog, relative to the service directory (${EXAMPLE})`,
      'FILE',
    ),
    doc: 'Path of a module exporting the catalog (or of a JSON file of kind definitions), relative to the service directory',
    required: true,
  },
  /** Name of the export holding the catalog. Default: `catalog`, else the default export, else `default.catalog`. */
  catalogExport: {
    rule: textRule('the name of an export of the catalog module', 'NAME'),
    doc: 'Name of the export that holds the catalog',
    defaultDoc: 'catalog, else the default export, else default.catalog',
  },
  ...INTEGRATION_RESPONSES_OPTIONS,
  /** Gateway Responses on the service's REST API: on by default; `false` leaves them out; an object tunes them. */
  gatewayResponses: {
    rule: GATEWAY_RESPONSES_RULE,
    doc: "The Gateway Responses on the service's REST API: false leaves them out, an object tunes them",
    default: true,
  },
  /** Sets `provider.logs.restApi.format` to the JSON access-log format (turning REST API access logs on). */
  accessLogFormat: {
    rule: BOOLEAN_RULE,
    doc: 'true sets provider.logs.restApi.format to the JSON access-log format',
    default: false,
  },
  /**
   * Replaces an event's own error `statusCodes` entries (patterns that would overlap the catalog's) with the
   * generated ones, as `apply --replace` does, instead of stopping the build; each is logged. Default false.
   */
  replace: {
    rule: BOOLEAN_RULE,
    doc: "true replaces an event's own error statusCodes entries that overlap the catalog's",
    default: false,
  },
} as const satisfies OptionDeclarations;

/** `custom.lambdaErrorMap` in serverless.yml. */
export type LambdaErrorMapConfig = GivenOptions<typeof PLUGIN_OPTIONS> & { catalog: string };

/** How the plugin names an option in its messages: `custom.lambdaErrorMap.successStatus`. */
export const PLUGIN_NAMES = namedUnder(CONFIG);

/** The Gateway Responses' options as the plugin names them: corsOrigin is the shared one. */
export const GATEWAY_NAMES = namedUnder(`${CONFIG}.gatewayResponses`, { corsOrigin: CONFIG });

/** JSON schema of `custom.lambdaErrorMap`, registered with the framework so typos are reported early. */
export const CONFIG_SCHEMA = {
  type: 'object',
  properties: { lambdaErrorMap: objectSchema(PLUGIN_OPTIONS) },
} as const;

export interface PluginOptions {
  readonly catalogPath: string;
  readonly catalogExport: string | undefined;
  readonly generator: IntegrationResponsesOptions;
  /** Options of gatewayResponses (corsOrigin included), or undefined when they are turned off. */
  readonly gateway: GatewayResponsesOptions | undefined;
  readonly accessLogFormat: boolean;
  readonly replace: boolean;
}

/** Reads and checks `custom.lambdaErrorMap` by the declarations of its options. */
export function readPluginOptions(custom: Record<string, unknown> | null | undefined): PluginOptions {
  const config = custom?.lambdaErrorMap;
  if (config === undefined || config === null) {
    throw new LambdaErrorMapPluginError(
      `${CONFIG} is missing; tell the plugin where the error catalog is: ${EXAMPLE}`,
      'LAMBDA_ERROR_MAP_MISSING_CONFIG',
    );
  }
  try {
    if (!isOptionsObject(config)) throw badValue(CONFIG, `an object such as ${EXAMPLE}`, config);
    refuseUndeclared(PLUGIN_OPTIONS, config, CONFIG);
    const { catalog, catalogExport, gatewayResponses, accessLogFormat, replace, ...generator } = checkOptions(
      PLUGIN_OPTIONS,
      config,
      PLUGIN_NAMES,
    );
    return {
      catalogPath: catalog,
      catalogExport,
      generator,
      gateway: gatewayOptions(gatewayResponses, generator.corsOrigin),
      accessLogFormat,
      replace,
    };
  } catch (error) {
    throw pluginConfigError(error);
  }
}

/** A bad option value as the plugin's configuration error; anything else as it is. */
export function pluginConfigError(error: unknown): unknown {
  return error instanceof OptionError
    ? new LambdaErrorMapPluginError(error.message, 'LAMBDA_ERROR_MAP_INVALID_CONFIG')
    : error;
}

/** The corsOrigin of the integration responses applies to the Gateway Responses too. */
function gatewayOptions(
  value: boolean | GatewayTuning,
  corsOrigin: GatewayResponsesOptions['corsOrigin'],
): GatewayResponsesOptions | undefined {
  if (value === false) return undefined;
  const tuned = value === true ? {} : value;
  return { ...tuned, ...(corsOrigin === undefined ? {} : { corsOrigin }) };
}
