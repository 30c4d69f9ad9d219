import { describe, expect, it } from '@jest/globals';
import { ACCESS_LOG_FORMAT, emit, isOutputFormat, OUTPUT_FORMATS } from '../../../src/generate/index.js';

describe('output formats', () => {
  it('names every format the CLI documents', () => {
    expect(Object.keys(OUTPUT_FORMATS)).toEqual([
      'serverless',
      'cloudformation',
      'cloudformation-yaml',
      'openapi',
      'cdk',
      'cdk-json',
      'terraform',
      'aws-cli',
      'access-log-format',
    ]);
  });

  it('access-log-format prints the JSON access-log format, whatever the model', () => {
    expect(emit('access-log-format', { integrationResponses: [], methodResponses: [] })).toBe(
      `${ACCESS_LOG_FORMAT}\n`,
    );
  });

  it.each(['toString', '__proto__', 'constructor', 'CloudFormation', ''])(
    'does not take %j for a format',
    (name) => {
      expect(isOutputFormat(name)).toBe(false);
    },
  );
});
