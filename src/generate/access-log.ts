/**
 * A JSON access-log format for a REST API stage (`AccessLogSetting.Format`): one line per request that leads
 * from the `requestId` a client sees in a problem body to the cause. Every value is quoted, as in AWS's own JSON
 * example: API Gateway writes `-` for a variable without a value, which unquoted would break the line. The
 * Lambda's request id (`integrationRequestId`) finds the function's log lines.
 */
export const ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  extendedRequestId: '$context.extendedRequestId',
  requestTime: '$context.requestTime',
  httpMethod: '$context.httpMethod',
  resourcePath: '$context.resourcePath',
  status: '$context.status',
  responseLatency: '$context.responseLatency',
  responseType: '$context.error.responseType',
  errorMessage: '$context.error.message',
  integrationErrorMessage: '$context.integrationErrorMessage',
  integrationStatus: '$context.integration.status',
  integrationLatency: '$context.integration.latency',
  integrationRequestId: '$context.integration.requestId',
  awsEndpointRequestId: '$context.awsEndpointRequestId',
});
