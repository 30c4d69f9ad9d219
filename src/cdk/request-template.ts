/**
 * `$util.escapeJavaScript` of a value, made a valid JSON string body: it writes `'` as `\'`, which JSON does not
 * allow, so `.replaceAll("\\'","'")` (a Java regex: a backslash, then `'`) undoes that one escape, as the
 * Serverless Framework's default template does. Every other escape it writes is valid JSON.
 */
export function jsonEscaped(reference: string): string {
  return `$util.escapeJavaScript(${reference}).replaceAll("\\\\'","'")`;
}

function parameterObject(location: string): string {
  return `{#foreach($key in $params.${location}.keySet())"${jsonEscaped('$key')}": "${jsonEscaped(`$params.${location}.get($key)`)}"#if($foreach.hasNext),#end#end}`;
}

/**
 * The request template of a non-proxy Lambda integration: a JSON event with the request body and what a
 * handler usually reads (method, path, path parameters, query string, headers, request id, stage). Keys and
 * values go through `$util.escapeJavaScript` with its `\'` undone, like the Serverless Framework's default
 * template, so that any value (apostrophes, quotes, backslashes, line breaks, non-ASCII) gives valid JSON.
 */
export const REQUEST_TEMPLATE = [
  '#set($params = $input.params())',
  '{',
  `"body": $input.json('$'),`,
  '"method": "$context.httpMethod",',
  `"resourcePath": "${jsonEscaped('$context.resourcePath')}",`,
  `"path": ${parameterObject('path')},`,
  `"query": ${parameterObject('querystring')},`,
  `"headers": ${parameterObject('header')},`,
  '"requestId": "$context.requestId",',
  '"stage": "$context.stage"',
  '}',
].join('\n');
