/**
 * A quoted HCL string literal holding exactly `value`: backslash escapes for quotes and control
 * characters, and `${` / `%{` written `$${` / `%%{` so Terraform does not read them as interpolation or
 * template directives (VTL templates are full of `${`).
 */
export declare function hclString(value: string): string;
//# sourceMappingURL=hcl-string.d.ts.map