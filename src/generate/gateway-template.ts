/** How API Gateway renders a Gateway Response's template: `$context` substitution only, no VTL. */

/**
 * The `$context` a Gateway Response's template sees: `error.message` raw (empty when API Gateway has none),
 * `error.messageString` the same as a JSON string literal (`null` when there is none).
 */
export function gatewayTemplateContext(
  requestId: string,
  responseType: string,
  message: string | null | undefined,
): Record<string, unknown> {
  return {
    requestId,
    error: {
      message: message ?? '',
      messageString: message === null || message === undefined ? 'null' : JSON.stringify(message),
      responseType,
    },
  };
}

const REFERENCE = /\$\{context((?:\.[A-Za-z_][A-Za-z0-9_]*)+)\}|\$context((?:\.[A-Za-z_][A-Za-z0-9_]*)+)/g;

/** Replaces each `$context.a.b` (or `${context.a.b}`) with its value: the only processing gateway templates get. */
export function substitute(template: string, context: Readonly<Record<string, unknown>>): string {
  return template.replace(
    REFERENCE,
    (reference, formal: string | undefined, shorthand: string | undefined) => {
      let value: unknown = context;
      for (const key of (formal ?? shorthand ?? '').slice(1).split('.')) {
        value =
          value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
      }
      if (typeof value !== 'string') {
        throw new TypeError(
          `gateway response template: ${reference} is not emulated (known: $context.requestId, $context.error.message, $context.error.messageString, $context.error.responseType)`,
        );
      }
      return value;
    },
  );
}
