import { loadVelocity } from './velocity.js';

/** velocityjs's parse tree of a template, opaque here so that the public types do not need velocityjs. */
export type TemplateAst = readonly object[];

/** API Gateway's limit on one mapping template. */
export const MAX_TEMPLATE_BYTES = 300 * 1024;

/** Thrown for a template API Gateway would not accept (too large, or not valid VTL for its engine). */
export class MappingTemplateError extends Error {
  override readonly name = 'MappingTemplateError';
}

const ARITHMETIC_IN_ARGUMENTS = /Expecting 'CLOSE_PARENTHESIS', 'COMMA', got '([-+*/%])'/;

/**
 * Parses a mapping template with velocityjs, first refusing what API Gateway refuses: templates over 300 KB, and
 * arithmetic inside a method's arguments (`$s.substring($i + 2)`), which Apache Velocity 1.x cannot parse.
 */
export function parseMappingTemplate(template: string): TemplateAst {
  const bytes = Buffer.byteLength(template, 'utf8');
  if (bytes > MAX_TEMPLATE_BYTES) {
    throw new MappingTemplateError(
      `mapping template is ${bytes} bytes; API Gateway accepts at most ${MAX_TEMPLATE_BYTES} (300 KB)`,
    );
  }
  // Loaded outside the try: a missing velocityjs is not a template error, and keeps its own error and message.
  const velocity = loadVelocity();
  try {
    return velocity.parse(template);
  } catch (error) {
    const message = (error as Error).message;
    const arithmetic = ARITHMETIC_IN_ARGUMENTS.exec(message);
    if (arithmetic) {
      throw new MappingTemplateError(
        `mapping template uses arithmetic ('${arithmetic[1]}') inside a method's arguments, which API Gateway's ` +
          'Velocity cannot parse; compute it first: #set($j = $i + 2) then $s.substring($j)\n' +
          message,
      );
    }
    throw new MappingTemplateError(`mapping template is not valid VTL: ${message}`);
  }
}
