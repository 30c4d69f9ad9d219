import { describe, expect, it } from '@jest/globals';
import {
  CLOUDFORMATION_INLINE_LIMIT,
  CLOUDFORMATION_NEAR_S3_LIMIT,
  CLOUDFORMATION_S3_LIMIT,
  cloudFormationSizeWarning,
} from '../../src/existing-api/cloudformation-size.js';

const ofBytes = (bytes: number) => 'x'.repeat(bytes);

describe('cloudFormationSizeWarning', () => {
  it('says nothing up to the inline limit, and names the limit and the fix one byte over', () => {
    expect(cloudFormationSizeWarning('t.json', ofBytes(CLOUDFORMATION_INLINE_LIMIT))).toBeUndefined();
    expect(cloudFormationSizeWarning('t.json', ofBytes(CLOUDFORMATION_INLINE_LIMIT + 1))).toBe(
      't.json is 51,201 bytes, over the 51,200 bytes CloudFormation accepts inline: deploy it from S3 (aws cloudformation deploy --s3-bucket, sam deploy, or --template-url)',
    );
  });

  it('counts UTF-8 bytes, not characters', () => {
    const text = 'é'.repeat(CLOUDFORMATION_INLINE_LIMIT / 2 + 1);
    expect(cloudFormationSizeWarning('t.yaml', text)).toMatch(/^t\.yaml is 51,202 bytes, over the 51,200/);
  });

  it('warns from 900 KB that the 1 MB S3 limit is near, and over it that the template cannot deploy', () => {
    expect(cloudFormationSizeWarning('t', ofBytes(CLOUDFORMATION_NEAR_S3_LIMIT - 1))).toMatch(/inline/);
    expect(cloudFormationSizeWarning('t', ofBytes(CLOUDFORMATION_NEAR_S3_LIMIT))).toBe(
      't is 921,600 bytes, near the 1,048,576 bytes (1 MB) CloudFormation accepts from S3: plan a split into nested stacks before adding methods',
    );
    expect(cloudFormationSizeWarning('t', ofBytes(CLOUDFORMATION_S3_LIMIT))).toMatch(/ near the /);
    expect(cloudFormationSizeWarning('t', ofBytes(CLOUDFORMATION_S3_LIMIT + 1))).toBe(
      't is 1,048,577 bytes, over the 1,048,576 bytes (1 MB) CloudFormation accepts even from S3: move methods to another stack (a nested stack) or fill fewer non-proxy methods',
    );
  });

  it('leaves the inline limit out for a tool that always uploads the template', () => {
    expect(cloudFormationSizeWarning('t', ofBytes(CLOUDFORMATION_NEAR_S3_LIMIT - 1), 's3')).toBeUndefined();
    expect(cloudFormationSizeWarning('t', ofBytes(CLOUDFORMATION_NEAR_S3_LIMIT), 's3')).toMatch(/ near the /);
  });

  it('writes every warning on one line', () => {
    for (const bytes of [
      CLOUDFORMATION_INLINE_LIMIT + 1,
      CLOUDFORMATION_NEAR_S3_LIMIT,
      CLOUDFORMATION_S3_LIMIT + 1,
    ]) {
      expect(cloudFormationSizeWarning('t', ofBytes(bytes))).not.toMatch(/[\r\n]/);
    }
  });
});
