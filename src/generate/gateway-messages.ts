/**
 * The messages API Gateway sends for its own refusals (`{"message": ...}` by default), as documented or reported
 * by AWS. `null` is what API Gateway sends when a Lambda authorizer fails (`{"message":null}`). Where the
 * message depends on the request (INVALID_SIGNATURE, ACCESS_DENIED from a resource policy), the value is a
 * realistic instance; see docs/gateway-responses.md for which ones could not be checked against AWS.
 */
export const AWS_GATEWAY_MESSAGES: Readonly<Record<string, string | null>> = {
  DEFAULT_4XX: 'Forbidden',
  DEFAULT_5XX: 'Internal server error',
  ACCESS_DENIED: 'User is not authorized to access this resource with an explicit deny',
  API_CONFIGURATION_ERROR: 'Internal server error',
  AUTHORIZER_CONFIGURATION_ERROR: null,
  AUTHORIZER_FAILURE: null,
  BAD_REQUEST_PARAMETERS: 'Missing required request parameters: [x-order-id]',
  BAD_REQUEST_BODY: 'Invalid request body',
  EXPIRED_TOKEN: 'The security token included in the request is expired',
  INTEGRATION_FAILURE: 'Internal server error',
  INTEGRATION_TIMEOUT: 'Endpoint request timed out',
  INVALID_API_KEY: 'Forbidden',
  INVALID_SIGNATURE:
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret ' +
    'Access Key and signing method. Consult the service documentation for details.\n\nThe Canonical String ' +
    "for this request should have been\n'POST\n/dev/orders\n\ncontent-type:application/json\n" +
    'host:abc123.execute-api.us-east-1.amazonaws.com\nx-amz-date:20261201T221500Z\n' +
    'x-order-note:say "hi" from C:\\orders\\new\n\ncontent-type;host;x-amz-date;x-order-note\n' +
    "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'\n\nThe String-to-Sign should have " +
    "been\n'AWS4-HMAC-SHA256\n20261201T221500Z\n20261201/us-east-1/execute-api/aws4_request\n" +
    "5f7b4a1bb3b6b4a4f1f2a0bb8e3f0c3a3d6a0e8a8d1c5d2b7c3e1f0a9b8c7d6e'\n",
  MISSING_AUTHENTICATION_TOKEN: 'Missing Authentication Token',
  QUOTA_EXCEEDED: 'Limit Exceeded',
  REQUEST_TOO_LARGE: 'Request Too Long',
  RESOURCE_NOT_FOUND: 'Not Found',
  THROTTLED: 'Too Many Requests',
  UNAUTHORIZED: 'Unauthorized',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported Media Type',
  WAF_FILTERED: 'Forbidden',
};
