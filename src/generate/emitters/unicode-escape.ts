/** `\uXXXX` for one UTF-16 code unit: an escape JSON, YAML double quotes and HCL all read the same way. */
export function unicodeEscape(char: string): string {
  return '\\u' + char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
}

/** C0 controls other than tab and line feed, DEL, C1 controls (NEL included), LS, PS and the BOM. */
export function isUnsafeForYaml(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff
  );
}

/** C0 controls and DEL, which a quoted HCL string cannot hold raw. */
export function isControl(code: number): boolean {
  return code < 0x20 || code === 0x7f;
}
