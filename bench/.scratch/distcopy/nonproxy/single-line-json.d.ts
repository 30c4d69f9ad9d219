/** JSON text that is one line for every reader: no raw CR, LF, NEL, LS or PS anywhere. */
export declare function toSingleLine(json: string): string;
//# sourceMappingURL=single-line-json.d.ts.map