import { isMap } from 'yaml';

/**
 * Whether a document (parsed to plain values, or a YAML map as read) is a Serverless Framework service
 * file: a `provider`, and a `service` or `functions`.
 */
export function isServerlessService(document: unknown): boolean {
  const has = isMap(document)
    ? (key: string) => document.has(key)
    : typeof document === 'object' && document !== null
      ? (key: string) => key in document
      : () => false;
  return has('provider') && (has('service') || has('functions'));
}
