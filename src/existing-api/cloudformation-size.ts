/** The largest template body CloudFormation accepts inline (`--template-body`), in bytes. */
export const CLOUDFORMATION_INLINE_LIMIT = 51_200;

/** The largest template CloudFormation accepts from S3 (`--template-url`, what sam and serverless upload). */
export const CLOUDFORMATION_S3_LIMIT = 1_048_576;

/** From this size on, a template is reported as nearing the S3 limit: 900 KB. */
export const CLOUDFORMATION_NEAR_S3_LIMIT = 921_600;

/** How a template reaches CloudFormation: inline or from S3 (`s3` for tools that always upload it). */
export type CloudFormationDelivery = 'inline-or-s3' | 's3';

/**
 * One line (without a line break) when a CloudFormation template of `text` is over CloudFormation's inline
 * limit, near or over its S3 limit; undefined when it fits both. `what` names the template, e.g. `t.yaml`.
 * For `delivery: 's3'` (the Serverless Framework uploads every template) the inline limit is not mentioned.
 */
export function cloudFormationSizeWarning(
  what: string,
  text: string,
  delivery: CloudFormationDelivery = 'inline-or-s3',
): string | undefined {
  const bytes = Buffer.byteLength(text, 'utf8');
  const size = `${what} is ${bytes.toLocaleString('en-US')} bytes`;
  if (bytes > CLOUDFORMATION_S3_LIMIT) {
    return `${size}, over the 1,048,576 bytes (1 MB) CloudFormation accepts even from S3: move methods to another stack (a nested stack) or fill fewer non-proxy methods`;
  }
  if (bytes >= CLOUDFORMATION_NEAR_S3_LIMIT) {
    return `${size}, near the 1,048,576 bytes (1 MB) CloudFormation accepts from S3: plan a split into nested stacks before adding methods`;
  }
  if (delivery === 'inline-or-s3' && bytes > CLOUDFORMATION_INLINE_LIMIT) {
    return `${size}, over the 51,200 bytes CloudFormation accepts inline: deploy it from S3 (aws cloudformation deploy --s3-bucket, sam deploy, or --template-url)`;
  }
  return undefined;
}
