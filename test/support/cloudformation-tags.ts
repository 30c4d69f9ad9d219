import type { Tags } from 'yaml';

/** CloudFormation's short-form intrinsic tags, read back into their long form. */
export const CLOUDFORMATION_TAGS: Tags = [
  ...['Ref', 'Sub', 'GetAtt', 'Join', 'Select', 'Split', 'If', 'Equals', 'ImportValue', 'FindInMap'].flatMap(
    (name) => {
      const key = name === 'Ref' ? 'Ref' : `Fn::${name}`;
      return (['scalar', 'seq', 'map'] as const).map((kind) => ({
        tag: `!${name}`,
        ...(kind === 'scalar' ? {} : { collection: kind }),
        resolve: (value: unknown) => ({
          [key]:
            typeof value === 'object' && value !== null && 'toJSON' in value
              ? (value as { toJSON(): unknown }).toJSON()
              : value,
        }),
      }));
    },
  ),
] as Tags;
