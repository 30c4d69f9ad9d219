/**
 * The request template of a non-proxy Lambda integration: a JSON event with the request body and what a
 * handler usually reads (method, path, path parameters, query string, headers, request id, stage). Keys and
 * values go through `$util.escapeJavaScript`, like the Serverless Framework's default template.
 */
export const REQUEST_TEMPLATE = [
  '#set($params = $input.params())',
  '{',
  `"body": $input.json('$'),`,
  '"method": "$context.httpMethod",',
  '"resourcePath": "$util.escapeJavaScript($context.resourcePath)",',
  `"path": ${parameterObject('path')},`,
  `"query": ${parameterObject('querystring')},`,
  `"headers": ${parameterObject('header')},`,
  '"requestId": "$context.requestId",',
  '"stage": "$context.stage"',
  '}',
].join('\n');

function parameterObject(location: string): string {
  return `{#foreach($key in $params.${location}.keySet())"$util.escapeJavaScript($key)": "$util.escapeJavaScript($params.${location}.get($key))"#if($foreach.hasNext),#end#end}`;
}
