import { isMap, type YAMLMap } from 'yaml';
import type { LambdaMethod } from './find-apis.js';
import { nodeAt, plainValue, refOf, type TemplateDocument } from './read-template.js';

/** Deeper chains are not API Gateway resources (its limit is far lower): a cycle, read as unresolved. */
const MAX_DEPTH = 64;

/**
 * The resource path of a CloudFormation `AWS::ApiGateway::Method` (`/orders/{id}`), followed through
 * `ResourceId: !Ref X` and each `AWS::ApiGateway::Resource`'s `PathPart` and `ParentId` up to the API's
 * root (`!GetAtt Api.RootResourceId`), as the Serverless Framework and hand-written templates build it.
 * Undefined when a link is not a reference to a resource of this template.
 */
export function cloudFormationResourcePath(
  template: TemplateDocument,
  method: LambdaMethod,
): string | undefined {
  const resources = nodeAt(template.document.contents as YAMLMap, 'Resources');
  if (!isMap(resources)) return undefined;
  const parts: string[] = [];
  let link = plainValue(method.method.get('ResourceId', true));
  for (let depth = 0; depth < MAX_DEPTH; depth += 1) {
    if (isRootReference(link)) return `/${parts.reverse().join('/')}`;
    const ref = refOf(link);
    if (ref === undefined) return undefined;
    const resource = nodeAt(resources, ref);
    if (!isMap(resource) || plainValue(resource.get('Type', true)) !== 'AWS::ApiGateway::Resource')
      return undefined;
    const properties = plainValue(resource.get('Properties', true)) as Record<string, unknown> | undefined;
    if (typeof properties?.PathPart !== 'string') return undefined;
    parts.push(properties.PathPart);
    link = properties.ParentId;
  }
  return undefined;
}

function isRootReference(link: unknown): boolean {
  const getAtt = (link as Record<string, unknown> | null)?.['Fn::GetAtt'];
  const attribute = Array.isArray(getAtt) ? getAtt[1] : String(getAtt ?? '').split('.')[1];
  return attribute === 'RootResourceId';
}
