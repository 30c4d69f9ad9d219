export interface YamlTextOptions {
    /** Write one-key objects such as `{ "Fn::Sub": "..." }` as CloudFormation short tags (`!Sub ...`). */
    readonly cloudFormationShortTags?: boolean;
    /** `#` comment lines written above the document. */
    readonly comment?: string;
}
/**
 * YAML text that reads back to exactly `value`: multi-line strings as literal blocks, strings with
 * backslashes (selection patterns) single-quoted so `\[` stays as written, strings with control or
 * line-separator characters double-quoted with escapes, and 1.1-ambiguous words (`yes`, `on`) quoted.
 */
export declare function toYamlText(value: unknown, options?: YamlTextOptions): string;
//# sourceMappingURL=yaml-text.d.ts.map