import { describe, expect, it } from '@jest/globals';
import { isOutputFormat, OUTPUT_FORMATS } from '../../../src/generate/index.js';

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
    ]);
  });

  it.each(['toString', '__proto__', 'constructor', 'CloudFormation', ''])(
    'does not take %j for a format',
    (name) => {
      expect(isOutputFormat(name)).toBe(false);
    },
  );
});
