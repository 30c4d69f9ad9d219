import { LambdaErrorMapPluginError } from './plugin-error.js';
const GENERATOR_KEYS = [
    'successStatus',
    'successTemplate',
    'timeoutStatus',
    'catchAllStatus',
    'corsOrigin',
];
const KNOWN_KEYS = new Set(['catalog', 'catalogExport', ...GENERATOR_KEYS]);
/** JSON schema of `custom.lambdaErrorMap`, registered with the framework so typos are reported early. */
export const CONFIG_SCHEMA = {
    type: 'object',
    properties: {
        lambdaErrorMap: {
            type: 'object',
            properties: {
                catalog: { type: 'string', minLength: 1 },
                catalogExport: { type: 'string', minLength: 1 },
                successStatus: { type: 'integer' },
                successTemplate: { type: 'string' },
                timeoutStatus: { type: 'integer' },
                catchAllStatus: { type: 'integer' },
                corsOrigin: { type: 'string' },
            },
            required: ['catalog'],
            additionalProperties: false,
        },
    },
};
const EXAMPLE = 'custom: { lambdaErrorMap: { catalog: ./build/catalog.js } }';
/** Reads and checks `custom.lambdaErrorMap`; the generator checks the values of its own options. */
export function readPluginOptions(custom) {
    const config = custom?.lambdaErrorMap;
    if (config === undefined || config === null) {
        throw new LambdaErrorMapPluginError(`custom.lambdaErrorMap is missing; tell the plugin where the error catalog is: ${EXAMPLE}`, 'LAMBDA_ERROR_MAP_MISSING_CONFIG');
    }
    if (typeof config !== 'object' || Array.isArray(config)) {
        throw new LambdaErrorMapPluginError(`custom.lambdaErrorMap must be an object such as ${EXAMPLE}, got ${JSON.stringify(config)}`, 'LAMBDA_ERROR_MAP_INVALID_CONFIG');
    }
    const entries = config;
    const unknownKeys = Object.keys(entries).filter((key) => !KNOWN_KEYS.has(key));
    if (unknownKeys.length > 0) {
        throw new LambdaErrorMapPluginError(`custom.lambdaErrorMap has unknown option(s) ${unknownKeys.join(', ')}; known options: ${[...KNOWN_KEYS].join(', ')}`, 'LAMBDA_ERROR_MAP_INVALID_CONFIG');
    }
    const { catalog, catalogExport } = entries;
    if (typeof catalog !== 'string' || catalog.trim() === '') {
        throw new LambdaErrorMapPluginError(`custom.lambdaErrorMap.catalog must be the path of a JavaScript module exporting your error catalog, relative to the service directory (${EXAMPLE}), got ${JSON.stringify(catalog)}`, 'LAMBDA_ERROR_MAP_INVALID_CONFIG');
    }
    if (catalogExport !== undefined && (typeof catalogExport !== 'string' || catalogExport === '')) {
        throw new LambdaErrorMapPluginError(`custom.lambdaErrorMap.catalogExport must be the name of an export of the catalog module, got ${JSON.stringify(catalogExport)}`, 'LAMBDA_ERROR_MAP_INVALID_CONFIG');
    }
    const generator = {};
    for (const key of GENERATOR_KEYS) {
        if (entries[key] !== undefined)
            generator[key] = entries[key];
    }
    return { catalogPath: catalog, catalogExport, generator: generator };
}
//# sourceMappingURL=plugin-options.js.map