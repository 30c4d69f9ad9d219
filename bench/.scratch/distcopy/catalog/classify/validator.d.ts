import { type AnyObject } from './safe-read.js';
export interface ValidationIssue {
    readonly instancePath: string;
    readonly message: string;
}
/** The ajv errors of a @middy/validator error (`cause: { package, data }`), or undefined for any other error. */
export declare function validatorData(error: AnyObject): unknown[] | undefined;
/**
 * Only where the request failed and what rule it broke: ajv's `params`, `schemaPath` and `data` can
 * echo schema internals or the caller's own values back, so they are dropped.
 */
export declare function validationIssues(data: readonly unknown[]): ValidationIssue[];
//# sourceMappingURL=validator.d.ts.map