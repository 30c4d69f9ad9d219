/** The success response's default: the function's JSON result, unchanged. */
export declare const PASSTHROUGH_TEMPLATE = "$input.json('$')";
/** Template of a status reached only by tagged messages. */
export declare function taggedProblemTemplate(): string;
/** Template of a status reached only by untagged messages (crashes, timeouts): never echoes the message. */
export declare function fixedProblemTemplate(status: number, detail: string): string;
/** Template of a status reached by its tag and by untagged messages: branches on the tag. */
export declare function branchingProblemTemplate(status: number, detail: string): string;
//# sourceMappingURL=templates.d.ts.map