import { describe, expect, it } from '@jest/globals';
import { GATEWAY_RESPONSES_OPTION_SCHEMA } from '../../src/generate/gateway-responses.js';
import { INTEGRATION_RESPONSES_OPTION_SCHEMA } from '../../src/generate/integration-responses.js';
import { CONFIG_SCHEMA, readPluginOptions } from '../../src/serverless/plugin-options.js';

const properties = CONFIG_SCHEMA.properties.lambdaErrorMap.properties;

describe('custom.lambdaErrorMap: one list of options feeds the config schema and the checks', () => {
  it('the config schema declares every generator option, with the generator schema of it', () => {
    for (const [name, schema] of Object.entries(INTEGRATION_RESPONSES_OPTION_SCHEMA)) {
      expect(properties).toHaveProperty(name, schema);
    }
  });

  it('gatewayResponses tunes every Gateway Responses option but corsOrigin, which is shared', () => {
    const tuning = (properties.gatewayResponses.anyOf as [unknown, { properties: object }])[1].properties;
    expect(Object.keys(tuning).sort()).toEqual(
      Object.keys(GATEWAY_RESPONSES_OPTION_SCHEMA)
        .filter((name) => name !== 'corsOrigin')
        .sort(),
    );
  });

  it('every option of the schema is accepted by the plugin, and nothing else', () => {
    const samples: Record<string, unknown> = {
      catalog: './catalog.js',
      catalogExport: 'catalog',
      successStatus: 201,
      successTemplate: '$input.json("$")',
      timeoutStatus: 503,
      catchAllStatus: 502,
      corsOrigin: 'https://app.example.com',
      gatewayResponses: { corsAllowCredentials: true },
      accessLogFormat: true,
      replace: true,
    };
    expect(Object.keys(samples).sort()).toEqual(Object.keys(properties).sort());
    expect(() => readPluginOptions({ lambdaErrorMap: samples })).not.toThrow();
    expect(() => readPluginOptions({ lambdaErrorMap: { ...samples, successStaus: 201 } })).toThrow(
      /unknown option\(s\) successStaus/,
    );
  });
});
