import { jsonEscaped } from '../cdk/request-template.js';
import type { HttpEventConfig } from '../existing-api/serverless-events.js';

/** A map reference as a JSON object of strings: keys escaped, values escaped with `\'` undone. */
function objectOf(map: string): string {
  return (
    `#set($map = ${map}){#foreach($key in $map.keySet())"$util.escapeJavaScript($key)": ` +
    `"${jsonEscaped('$map.get($key)')}"#if($foreach.hasNext),#end#end}`
  );
}

/**
 * The event the Serverless Framework v3's default `application/json` request template builds for an
 * `integration: lambda` event: `body`, `method`, `principalId`, `stage`, `cognitoPoolClaims.sub`,
 * `enhancedAuthContext` (the authorizer's context), `headers`, `query`, `path`, `identity`, `stageVariables` and
 * `requestPath`, values escaped as it escapes them. Written here from the event it produces; the e2e lane renders
 * the framework's own template beside this one and compares the events.
 */
export const SERVERLESS_JSON_REQUEST_TEMPLATE = [
  '{',
  `"body": $input.json('$'),`,
  '"method": "$context.httpMethod",',
  '"principalId": "$context.authorizer.principalId",',
  '"stage": "$context.stage",',
  '"cognitoPoolClaims": {"sub": "$context.authorizer.claims.sub"},',
  `"enhancedAuthContext": ${objectOf('$context.authorizer')},`,
  `"headers": ${objectOf('$input.params().header')},`,
  `"query": ${objectOf('$input.params().querystring')},`,
  `"path": ${objectOf('$input.params().path')},`,
  `"identity": ${objectOf('$context.identity')},`,
  `"stageVariables": ${objectOf('$stageVariables')},`,
  '"requestPath": "$context.resourcePath"',
  '}',
].join('\n');

/**
 * The request templates the framework compiles for an `integration: lambda` event: its default for
 * `application/json`, then the event's `request.template` (a `null` entry removes a content type).
 */
export function serverlessRequestTemplates(http: HttpEventConfig): Record<string, string> {
  const templates: Record<string, string> = { 'application/json': SERVERLESS_JSON_REQUEST_TEMPLATE };
  const request = http.request as { template?: unknown } | undefined;
  const own = request?.template;
  if (typeof own !== 'object' || own === null) return templates;
  for (const [contentType, template] of Object.entries(own)) {
    if (template === null) delete templates[contentType];
    else if (typeof template === 'string') templates[contentType] = template;
  }
  return templates;
}
