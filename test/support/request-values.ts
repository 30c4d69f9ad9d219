/**
 * Header, query string and path values that a request template must carry into valid JSON: each one a
 * character `$util.escapeJavaScript` writes in a way JSON may not read (`'` → `\'`) or must escape.
 */
export const REQUEST_TEMPLATE_VALUES: Readonly<Record<string, string>> = {
  'an apostrophe': "O'Brien",
  'a double quote': 'say "hi"',
  'a backslash': 'C:\\orders\\new',
  'a backslash before an apostrophe': "it\\'s",
  'a line break': 'line 1\nline 2\r\nline 3',
  'a tab': 'a\tb',
  'a slash and angle brackets': '</script><b>',
  'non-ASCII': 'Zoë, 東京, 😀',
  'a line and paragraph separator': 'a\u2028b\u2029c',
  'control characters': 'bell \u0007 nul \u0000 esc \u001b',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: Velocity's own ${} syntax, sent as a literal value
  'Velocity syntax': '$context.requestId #set($x = 1) ${y}',
};

/** One request carrying `value` in a path parameter, a query string value and key, a header and the body. */
export function requestHolding(value: string) {
  const params = {
    path: { id: value },
    querystring: { q: value, [`key ${value}`]: 'x' },
    header: { 'X-Name': value },
  };
  return {
    /** What the template reads: `$input` (body, params) and `$context`. */
    input: {
      body: JSON.stringify({ note: value }),
      requestId: 'r-1',
      params,
      context: { httpMethod: 'PUT', resourcePath: '/orders/{id}', stage: 'prod' },
    },
    /** The event REQUEST_TEMPLATE must build from it. */
    event: {
      body: { note: value },
      method: 'PUT',
      resourcePath: '/orders/{id}',
      path: params.path,
      query: params.querystring,
      headers: params.header,
      requestId: 'r-1',
      stage: 'prod',
    },
  };
}
