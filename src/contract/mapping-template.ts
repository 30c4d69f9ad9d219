/**
 * The VTL fragments of the generated mapping templates that depend on the tag, and how a generated error
 * template is recognised again (by `apply`) in a template it was written to.
 */
import { PROBLEM_CONTENT_TYPE, TAG_LENGTH, tagText } from './wire.js';

/** The Lambda error's message, in a response mapping template. */
export const ERROR_MESSAGE = "$input.path('$.errorMessage')";

/** VTL: the problem JSON of a tagged message held in `expression` (the selection pattern guaranteed the tag). */
export function withoutTag(expression: string): string {
  return `${expression}.substring(${TAG_LENGTH})`;
}

/** VTL condition: whether the message held in `expression` is tagged with this status. */
export function startsWithTag(expression: string, status: number): string {
  return `${expression}.startsWith('${tagText(status)}')`;
}

/**
 * Every generated error template's first line. The header is set here rather than by a static `Content-Type`
 * mapping, which would need a method response declaration besides: an override needs none (docs/generate.md).
 */
export const PROBLEM_CONTENT_TYPE_LINE = `#set($context.responseOverride.header.Content-Type='${PROBLEM_CONTENT_TYPE}')`;

/** Whether a response template is one of the generated error templates (each sets the problem's media type). */
export function setsProblemContentType(template: string): boolean {
  return template.startsWith(PROBLEM_CONTENT_TYPE_LINE);
}
