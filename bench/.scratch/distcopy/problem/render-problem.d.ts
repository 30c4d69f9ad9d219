import type { ProblemDocument } from './build-problem.js';
/** Beyond this, extensions are dropped from the body: the whole response must stay far below ALB's 1 MB. */
export declare const MAX_PROBLEM_JSON_BYTES: number;
/**
 * The problem as one line of JSON, never throwing: extensions that cannot be serialised (cycles, BigInt,
 * throwing getters) or that would make the body too large are dropped, and the standard members kept.
 */
export declare function renderProblemJson(problem: ProblemDocument): string;
/** The problem as plain text, for `format: 'text'`: `Title: detail`, or just the title when they match. */
export declare function renderProblemText(problem: ProblemDocument): string;
//# sourceMappingURL=render-problem.d.ts.map