/** `\uXXXX` for one UTF-16 code unit: an escape JSON, YAML double quotes and HCL all read the same way. */
export declare function unicodeEscape(char: string): string;
/** C0 controls other than tab and line feed, DEL, C1 controls (NEL included), LS, PS and the BOM. */
export declare function isUnsafeForYaml(code: number): boolean;
/** C0 controls and DEL, which a quoted HCL string cannot hold raw. */
export declare function isControl(code: number): boolean;
//# sourceMappingURL=unicode-escape.d.ts.map