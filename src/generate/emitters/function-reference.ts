/** How a generated integration names the Lambda function it invokes. */
export type FunctionReference =
  /** `arn:aws:lambda:eu-west-1:123456789012:function:orders` (an alias or version suffix allowed). */
  | { readonly kind: 'arn'; readonly arn: string; readonly invocationUri: string }
  /** `arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/<arn>/invocations`. */
  | { readonly kind: 'uri'; readonly arn: string; readonly invocationUri: string }
  /** `OrdersFunction`: a resource of the same CloudFormation template. */
  | { readonly kind: 'logical-id'; readonly logicalId: string };

const FUNCTION_ARN =
  /^arn:(aws[a-z-]*):lambda:([a-z0-9-]+):(\d{12}):function:[A-Za-z0-9_-]{1,64}(?::[A-Za-z0-9$_-]{1,128})?$/;
const INVOCATION_URI =
  /^arn:(aws[a-z-]*):apigateway:([a-z0-9-]+):lambda:path\/2015-03-31\/functions\/(.+)\/invocations$/;
const LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/;

/** API Gateway's invocation URI of a function ARN, in the function's own partition and region. */
export function invocationUriOf(arn: string): string {
  const match = FUNCTION_ARN.exec(arn);
  if (match === null) throw new TypeError(`not a Lambda function ARN: ${JSON.stringify(arn)}`);
  return `arn:${match[1]}:apigateway:${match[2]}:lambda:path/2015-03-31/functions/${arn}/invocations`;
}

/** Reads a function ARN, an invocation URI or a CloudFormation logical id; throws a TypeError saying which forms work. */
export function parseFunctionReference(text: string): FunctionReference {
  if (FUNCTION_ARN.test(text)) return { kind: 'arn', arn: text, invocationUri: invocationUriOf(text) };
  const uri = INVOCATION_URI.exec(text);
  if (uri !== null && FUNCTION_ARN.test(uri[3] as string)) {
    return { kind: 'uri', arn: uri[3] as string, invocationUri: text };
  }
  if (LOGICAL_ID.test(text)) return { kind: 'logical-id', logicalId: text };
  throw new TypeError(
    `function ${JSON.stringify(text)} is not a Lambda function ARN (arn:aws:lambda:eu-west-1:123456789012:function:orders), an invocation URI (arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/<function ARN>/invocations) or a CloudFormation logical id (OrdersFunction)`,
  );
}
