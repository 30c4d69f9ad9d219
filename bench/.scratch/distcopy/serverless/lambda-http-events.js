/**
 * Whether the framework compiles this event as a non-proxy Lambda integration (`integration: lambda`, or
 * its alias `aws`). Asynchronous ones (`async: true`) are left out: their errors never reach API Gateway.
 */
export function isSynchronousLambdaIntegration(http) {
    if (typeof http.integration !== 'string' || http.async === true)
        return false;
    const integration = http.integration.toUpperCase().replace('-', '_');
    return integration === 'LAMBDA' || integration === 'AWS';
}
/** Every `http` event with a synchronous non-proxy Lambda integration, in declaration order. */
export function lambdaHttpEvents(functions) {
    const found = [];
    for (const [functionName, definition] of Object.entries(functions ?? {})) {
        for (const event of definition?.events ?? []) {
            const http = httpEventOf(event);
            if (http !== undefined && isSynchronousLambdaIntegration(http)) {
                found.push({ functionName, route: routeOf(http), http });
            }
        }
    }
    return found;
}
/** The object form of an `http` event; the string shorthand (`GET hello`) is always a proxy integration. */
function httpEventOf(event) {
    if (typeof event !== 'object' || event === null || !('http' in event))
        return undefined;
    const http = event.http;
    return typeof http === 'object' && http !== null ? http : undefined;
}
function routeOf(http) {
    const method = typeof http.method === 'string' ? http.method.toUpperCase() : '?';
    const path = typeof http.path === 'string' ? http.path : '?';
    return `${method} ${path.startsWith('/') ? path : `/${path}`}`;
}
//# sourceMappingURL=lambda-http-events.js.map