import { spawnSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { emitAwsCli, type IntegrationResponsesModel } from '../../../src/generate/index.js';
import { defaultModel, gatewayModel, hostileGatewayModel, hostileModel } from './fixtures.js';

interface AwsCall {
  command: string;
  options: Record<string, string>;
}

const ENVIRONMENT = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  REST_API_ID: 'a1b2c3',
  RESOURCE_ID: 'r9',
  FUNCTION_ARN: 'arn:aws:lambda:eu-west-1:123456789012:function:orders',
  AWS_REGION: 'eu-west-1',
};

/** Runs the script in bash with `aws` replaced by a function that prints its words, as bash unquoted them. */
function runScript(script: string, environment: Record<string, string> = ENVIRONMENT): AwsCall[] {
  const result = spawnSync('bash', ['-c', 'aws() { printf "%s\\0" "$#" "$@"; }; eval "$SCRIPT"'], {
    env: { ...environment, SCRIPT: script },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`script failed (${result.status}): ${result.stderr}`);
  const words = result.stdout.split('\0').slice(0, -1);
  const calls: AwsCall[] = [];
  while (words.length > 0) {
    const count = Number(words.shift());
    const args = words.splice(0, count);
    expect(args[0]).toBe('apigateway');
    const options: Record<string, string> = {};
    for (let i = 2; i < args.length; i += 2) {
      expect(args[i]).toMatch(/^--[a-z-]+$/);
      options[args[i] as string] = args[i + 1] as string;
    }
    calls.push({ command: args[1] as string, options });
  }
  return calls;
}

const METHOD = { '--rest-api-id': 'a1b2c3', '--resource-id': 'r9', '--http-method': 'POST' };

function expectedCalls(model: IntegrationResponsesModel): AwsCall[] {
  return [
    {
      command: 'put-integration',
      options: {
        ...METHOD,
        '--type': 'AWS',
        '--integration-http-method': 'POST',
        '--uri':
          'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:orders/invocations',
        '--passthrough-behavior': 'WHEN_NO_MATCH',
      },
    },
    ...model.methodResponses.map((response) => ({
      command: 'put-method-response',
      options: {
        ...METHOD,
        '--status-code': response.statusCode,
        ...(Object.keys(response.responseParameters).length > 0
          ? { '--response-parameters': JSON.stringify(response.responseParameters) }
          : {}),
      },
    })),
    ...model.integrationResponses.map((response) => ({
      command: 'put-integration-response',
      options: {
        ...METHOD,
        '--status-code': response.statusCode,
        ...(response.selectionPattern === undefined
          ? {}
          : { '--selection-pattern': response.selectionPattern }),
        ...(Object.keys(response.responseTemplates).length > 0
          ? { '--response-templates': JSON.stringify(response.responseTemplates) }
          : {}),
        ...(Object.keys(response.responseParameters).length > 0
          ? { '--response-parameters': JSON.stringify(response.responseParameters) }
          : {}),
      },
    })),
  ];
}

describe('aws-cli emitter', () => {
  it.each([
    ['the default catalog', defaultModel],
    ['hostile strings', hostileModel],
  ])('writes commands whose words, as bash reads them, carry %s exactly', (_, model) => {
    const calls = runScript(emitAwsCli(model));
    expect(calls).toEqual(expectedCalls(model));
    for (const call of calls.filter((candidate) => candidate.command === 'put-integration-response')) {
      const templates = call.options['--response-templates'];
      if (templates !== undefined) expect(typeof JSON.parse(templates)).toBe('object');
    }
  });

  it('takes the HTTP method and partition from the environment', () => {
    const [integration] = runScript(emitAwsCli(defaultModel), {
      ...ENVIRONMENT,
      HTTP_METHOD: 'GET',
      AWS_PARTITION: 'aws-cn',
    });
    expect(integration?.options['--http-method']).toBe('GET');
    expect(integration?.options['--integration-http-method']).toBe('POST');
    expect(integration?.options['--uri']).toMatch(/^arn:aws-cn:apigateway:eu-west-1:lambda:/);
  });

  it('stops before any command when a required variable is missing, naming it', () => {
    const { REST_API_ID: _, ...environment } = ENVIRONMENT;
    expect(() => runScript(emitAwsCli(defaultModel), environment)).toThrow(/REST_API_ID/);
  });

  it('is a bash script that stops at the first failing command', () => {
    expect(emitAwsCli(defaultModel)).toMatch(/^#!\/usr\/bin\/env bash\n[\s\S]*\nset -euo pipefail\n/);
  });
});

describe('aws-cli emitter: Gateway Responses', () => {
  it.each([
    ['the default catalog', gatewayModel],
    ['hostile strings', hostileGatewayModel],
  ])(
    'ends with one put-gateway-response per type, each argument one word as bash reads it, for %s',
    (_, model) => {
      const calls = runScript(emitAwsCli(model)).filter((call) => call.command === 'put-gateway-response');
      expect(calls).toEqual(
        (model.gatewayResponses ?? []).map((response) => ({
          command: 'put-gateway-response',
          options: {
            '--rest-api-id': 'a1b2c3',
            '--response-type': response.responseType,
            ...(response.statusCode === undefined ? {} : { '--status-code': response.statusCode }),
            '--response-parameters': JSON.stringify(response.responseParameters),
            '--response-templates': JSON.stringify(response.responseTemplates),
          },
        })),
      );
      for (const call of calls) {
        expect(JSON.parse(call.options['--response-templates'] as string)).toEqual(
          model.gatewayResponses?.find((r) => r.responseType === call.options['--response-type'])
            ?.responseTemplates,
        );
      }
    },
  );

  it('runs no put-gateway-response without Gateway Responses', () => {
    expect(runScript(emitAwsCli(defaultModel)).map((call) => call.command)).not.toContain(
      'put-gateway-response',
    );
  });
});
