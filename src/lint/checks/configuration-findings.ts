/** Configurations API Gateway rejects or serves as a 500 whatever the message. */
import { type MethodContext, undeclaredHeaders } from '../context.js';
import type { Finding } from '../lint-types.js';

export function configurationFindings(context: MethodContext): Finding[] {
  const { integrationResponses, methodResponses } = context.method.integration;
  const findings: Finding[] = [];
  const invalid = (statuses: string[], patterns: string[], message: string) =>
    findings.push({
      code: 'invalid-configuration',
      method: context.label,
      statuses,
      patterns,
      message,
      evidence: 'static',
    });

  const byStatus = new Map<string, number>();
  for (const response of integrationResponses)
    byStatus.set(response.statusCode, (byStatus.get(response.statusCode) ?? 0) + 1);
  for (const [status, count] of byStatus) {
    if (count > 1)
      invalid(
        [status],
        [],
        `${count} integration responses have status ${status}: API Gateway keeps one per status; merge their patterns with (?:a|b)`,
      );
  }
  const defaults = integrationResponses.filter((response) => response.selectionPattern === undefined);
  if (defaults.length > 1) {
    invalid(
      defaults.map((response) => response.statusCode),
      [],
      `${defaults.map((response) => response.statusCode).join(' and ')} have no selection pattern: only one response can be the default`,
    );
  }
  if (defaults.length === 0 && integrationResponses.length > 0) {
    invalid(
      [],
      [],
      'no response is the default (no selection pattern): successful invocations get 500 Internal server error',
    );
  }
  if (context.method.methodResponsesKnown !== false) {
    for (const [response, header] of undeclaredHeaders(context.method.integration)) {
      invalid(
        [response.statusCode],
        response.selectionPattern === undefined ? [] : [response.selectionPattern],
        `response parameter ${header} of status ${response.statusCode} is not declared by its method response: API Gateway refuses the deployment; declare it in the method response`,
      );
    }
    const declared = new Set(methodResponses.map((response) => response.statusCode));
    for (const response of integrationResponses) {
      if (declared.has(response.statusCode)) continue;
      findings.push({
        code: 'missing-method-response',
        method: context.label,
        statuses: [response.statusCode],
        patterns: response.selectionPattern === undefined ? [] : [response.selectionPattern],
        message: `status ${response.statusCode} has no method response: API Gateway answers 500 ("Output mapping refers to an invalid method response") instead`,
        evidence: 'static',
      });
    }
  }
  return findings;
}
