const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '\b': '\\b',
  '\n': '\\n',
  '\t': '\\t',
  '\f': '\\f',
  '\r': '\\r',
  "'": "\\'",
  '"': '\\"',
  '\\': '\\\\',
  '/': '\\/',
};

/**
 * `$util.escapeJavaScript`: Apache Commons Lang StringEscapeUtils.escapeJavaScript, which API Gateway uses.
 * Unlike JSON it escapes `'` as `\'` and `/` as `\/`, and writes every non-ASCII char as an uppercase `\uXXXX`.
 */
export function escapeJavaScript(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    const code = text.charCodeAt(i);
    const short = SHORT_ESCAPES[char];
    if (short) out += short;
    else if (code < 0x20 || code > 0x7f) out += '\\u' + code.toString(16).toUpperCase().padStart(4, '0');
    else out += char;
  }
  return out;
}

/** `$util.urlEncode`: java.net.URLEncoder with UTF-8 (space → `+`; only `. - * _` and alphanumerics kept). */
export function urlEncode(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()~]/g, (char) => '%' + char.charCodeAt(0).toString(16).toUpperCase())
    .replaceAll('%20', '+');
}

/** `$util.urlDecode`: java.net.URLDecoder with UTF-8. */
export function urlDecode(text: string): string {
  return decodeURIComponent(text.replaceAll('+', ' '));
}

/** The `$util` object of a mapping template. */
export class VtlUtil {
  escapeJavaScript(text: unknown): string {
    return escapeJavaScript(String(text));
  }
  parseJson(text: unknown): unknown {
    try {
      return JSON.parse(String(text));
    } catch (error) {
      throw new Error(
        `$util.parseJson could not parse ${JSON.stringify(String(text)).slice(0, 200)}: ${(error as Error).message}`,
      );
    }
  }
  urlEncode(text: unknown): string {
    return urlEncode(String(text));
  }
  urlDecode(text: unknown): string {
    return urlDecode(String(text));
  }
  base64Encode(text: unknown): string {
    return Buffer.from(String(text), 'utf8').toString('base64');
  }
  base64Decode(text: unknown): string {
    return Buffer.from(String(text), 'base64').toString('utf8');
  }
}
