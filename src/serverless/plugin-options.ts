import {
  GATEWAY_RESPONSES_OPTION_SCHEMA,
  type GatewayResponsesOptions,
} from '../generate/gateway-responses.js';
import {
  INTEGRATION_RESPONSES_OPTION_SCHEMA,
  type IntegrationResponsesOptions,
} from '../generate/integration-responses.js';
import { describeValue } from '../options/describe-value.js';
import { LambdaErrorMapPluginError } from './plugin-error.js';

/** `custom.lambdaErrorMap` in serverless.yml. */
export interface LambdaErrorMapConfig extends IntegrationResponsesOptions {
  /** Path, relative to the service directory, of a JavaScript module exporting the error catalog. */
  catalog: string;
  /** Name of the export holding the catalog. Default: `catalog`, else the default export, else `default.catalog`. */
  catalogExport?: string;
  /** Gateway Responses on the service's REST API: on by default; `false` leaves them out; an object tunes them. */
  gatewayResponses?: boolean | Omit<GatewayResponsesOptions, 'corsOrigin'>;
  /** Sets `provider.logs.restApi.format` to the JSON access-log format (turning REST API access logs on). */
  accessLogFormat?: boolean;
  /**
   * Replaces an event's own error `statusCodes` entries (patterns that would overlap the catalog's) with the
   * generated ones, as `apply --replace` does, instead of stopping the build; each is logged. Default false.
   */
  replace?: boolean;
}

export interface PluginOptions {
  readonly catalogPath: string;
  readonly catalogExport: string | undefined;
  readonly generator: IntegrationResponsesOptions;
  /** Options of gatewayResponses (corsOrigin included), or undefined when they are turned off. */
  readonly gateway: GatewayResponsesOptions | undefined;
  readonly accessLogFormat: boolean;
  readonly replace: boolean;
}

const { corsOrigin: _sharedWithIntegrationResponses, ...GATEWAY_TUNING_SCHEMA } =
  GATEWAY_RESPONSES_OPTION_SCHEMA;

/** The plugin's own options; the generator's come from its option schema. */
const PLUGIN_OPTION_SCHEMA = {
  catalog: { type: 'string', minLength: 1 },
  catalogExport: { type: 'string', minLength: 1 },
  ...INTEGRATION_RESPONSES_OPTION_SCHEMA,
  gatewayResponses: {
    anyOf: [
      { type: 'boolean' },
      { type: 'object', properties: GATEWAY_TUNING_SCHEMA, additionalProperties: false },
    ],
  },
  accessLogFormat: { type: 'boolean' },
  replace: { type: 'boolean' },
} as const satisfies Record<keyof LambdaErrorMapConfig, object>;

const GENERATOR_KEYS = Object.keys(
  INTEGRATION_RESPONSES_OPTION_SCHEMA,
) as (keyof IntegrationResponsesOptions)[];
const KNOWN_KEYS = new Set<string>(Object.keys(PLUGIN_OPTION_SCHEMA));

/** JSON schema of `custom.lambdaErrorMap`, registered with the framework so typos are reported early. */
export const CONFIG_SCHEMA = {
  type: 'object',
  properties: {
    lambdaErrorMap: {
      type: 'object',
      properties: PLUGIN_OPTION_SCHEMA,
      required: ['catalog'],
      additionalProperties: false,
    },
  },
} as const;

const EXAMPLE = 'custom: { lambdaErrorMap: { catalog: ./build/catalog.js } }';

/** Reads and checks `custom.lambdaErrorMap`; the generator checks the values of its own options. */
export function readPluginOptions(custom: Record<string, unknown> | null | undefined): PluginOptions {
  const config = custom?.lambdaErrorMap;
  if (config === undefined || config === null) {
    throw new LambdaErrorMapPluginError(
      `custom.lambdaErrorMap is missing; tell the plugin where the error catalog is: ${EXAMPLE}`,
      'LAMBDA_ERROR_MAP_MISSING_CONFIG',
    );
  }
  if (typeof config !== 'object' || Array.isArray(config)) {
    throw new LambdaErrorMapPluginError(
      `custom.lambdaErrorMap must be an object such as ${EXAMPLE}, got ${describeValue(config)}`,
      'LAMBDA_ERROR_MAP_INVALID_CONFIG',
    );
  }
  const entries = config as Record<string, unknown>;
  const unknownKeys = Object.keys(entries).filter((key) => !KNOWN_KEYS.has(key));
  if (unknownKeys.length > 0) {
    throw new LambdaErrorMapPluginError(
      `custom.lambdaErrorMap has unknown option(s) ${unknownKeys.join(', ')}; known options: ${[...KNOWN_KEYS].join(', ')}`,
      'LAMBDA_ERROR_MAP_INVALID_CONFIG',
    );
  }
  const { catalog, catalogExport } = entries;
  if (typeof catalog !== 'string' || catalog.trim() === '') {
    throw new LambdaErrorMapPluginError(
      `custom.lambdaErrorMap.catalog must be the path of a JavaScript module exporting your error catalog, relative to the service directory (${EXAMPLE}), got ${describeValue(catalog)}`,
      'LAMBDA_ERROR_MAP_INVALID_CONFIG',
    );
  }
  if (catalogExport !== undefined && (typeof catalogExport !== 'string' || catalogExport === '')) {
    throw new LambdaErrorMapPluginError(
      `custom.lambdaErrorMap.catalogExport must be the name of an export of the catalog module, got ${describeValue(catalogExport)}`,
      'LAMBDA_ERROR_MAP_INVALID_CONFIG',
    );
  }
  const generator: Record<string, unknown> = {};
  for (const key of GENERATOR_KEYS) {
    if (entries[key] !== undefined) generator[key] = entries[key];
  }
  const generatorOptions = generator as IntegrationResponsesOptions;
  return {
    catalogPath: catalog,
    catalogExport,
    generator: generatorOptions,
    gateway: gatewayOptions(entries.gatewayResponses, generatorOptions.corsOrigin),
    accessLogFormat: booleanOption('accessLogFormat', entries.accessLogFormat) ?? false,
    replace: booleanOption('replace', entries.replace) ?? false,
  };
}

function booleanOption(name: string, value: unknown): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw new LambdaErrorMapPluginError(
    `custom.lambdaErrorMap.${name} must be true or false, got ${describeValue(value)}`,
    'LAMBDA_ERROR_MAP_INVALID_CONFIG',
  );
}

/** The corsOrigin of the integration responses applies to the Gateway Responses too. */
function gatewayOptions(
  value: unknown,
  corsOrigin: GatewayResponsesOptions['corsOrigin'],
): GatewayResponsesOptions | undefined {
  if (value === false) return undefined;
  const tuned = value === undefined || value === true ? {} : value;
  if (typeof tuned !== 'object' || tuned === null || Array.isArray(tuned)) {
    throw new LambdaErrorMapPluginError(
      `custom.lambdaErrorMap.gatewayResponses must be true, false or an object such as { corsAllowHeaders: [Content-Type, Authorization] }, got ${describeValue(value)}`,
      'LAMBDA_ERROR_MAP_INVALID_CONFIG',
    );
  }
  return { ...(tuned as GatewayResponsesOptions), ...(corsOrigin === undefined ? {} : { corsOrigin }) };
}
