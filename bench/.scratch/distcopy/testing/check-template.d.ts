import { parse } from 'velocityjs';
/** API Gateway's limit on one mapping template. */
export declare const MAX_TEMPLATE_BYTES: number;
/** Thrown for a template API Gateway would not accept (too large, or not valid VTL for its engine). */
export declare class MappingTemplateError extends Error {
    readonly name = "MappingTemplateError";
}
/**
 * Parses a mapping template with velocityjs, first refusing what API Gateway refuses: templates over 300 KB, and
 * arithmetic inside a method's arguments (`$s.substring($i + 2)`), which Apache Velocity 1.x cannot parse.
 */
export declare function parseMappingTemplate(template: string): ReturnType<typeof parse>;
//# sourceMappingURL=check-template.d.ts.map