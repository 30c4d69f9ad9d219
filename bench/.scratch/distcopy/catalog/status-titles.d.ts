/** RFC 9110 reason phrases, used as the default `title` of a kind and as ALB's `statusDescription`. */
export declare const STATUS_TITLES: Readonly<Record<number, string>>;
/** The reason phrase of a status, or a generic one for its class. */
export declare function statusTitle(status: number): string;
//# sourceMappingURL=status-titles.d.ts.map