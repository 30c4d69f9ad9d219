import type { CollectionTag, ScalarTag, Tags } from 'yaml';

/** CloudFormation's short-form intrinsic function tags and the long-form key each one stands for. */
export const INTRINSIC_FUNCTIONS: Readonly<Record<string, string>> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  ...Object.fromEntries(
    [
      'And',
      'Base64',
      'Cidr',
      'Equals',
      'FindInMap',
      'ForEach',
      'GetAZs',
      'GetAtt',
      'If',
      'ImportValue',
      'Join',
      'Length',
      'Not',
      'Or',
      'Select',
      'Split',
      'Sub',
      'ToJsonString',
      'Transform',
    ].map((name) => [`!${name}`, `Fn::${name}`]),
  ),
};

/**
 * yaml custom tags for every short form, as scalar, sequence or mapping. Each resolves to the node itself,
 * so a parsed Document keeps `!Sub …` as a tagged node and writes it back as a tag, never as `Fn::Sub`.
 */
export const CLOUDFORMATION_TAGS: Tags = Object.keys(INTRINSIC_FUNCTIONS).flatMap((tag) => {
  const scalar: ScalarTag = { tag, resolve: (text) => text };
  const collections = (['map', 'seq'] as const).map(
    (collection): CollectionTag => ({ tag, collection, resolve: (node) => node }),
  );
  return [scalar, ...collections];
});
