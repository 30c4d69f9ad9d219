import type { CorsOrigins } from '../generate/cors.js';
import type { TargetOptions } from '../generate/emitters/formats.js';
import { parseFunctionReference } from '../generate/emitters/function-reference.js';
import type { IntegrationResponsesOptions } from '../generate/integration-responses.js';
import { oneLine, UsageError } from './usage-error.js';

/** The generator's options as `generate` takes them on the command line. */
export interface GenerateFlags {
  readonly 'success-status'?: string;
  readonly 'success-template'?: string;
  readonly 'timeout-status'?: string;
  readonly 'catch-all-status'?: string;
  readonly 'cors-origin'?: string;
  readonly 'http-method'?: string;
  readonly path?: string;
  readonly function?: string;
  readonly 'no-gateway-responses'?: boolean;
}

/** The flag of each generator option, so the generator's own checks can be reported in the user's terms. */
const FLAG_OF_OPTION: Readonly<Record<keyof IntegrationResponsesOptions, string>> = {
  successStatus: '--success-status',
  successTemplate: '--success-template',
  timeoutStatus: '--timeout-status',
  catchAllStatus: '--catch-all-status',
  corsOrigin: '--cors-origin',
};

/** The methods `--http-method` takes. */
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'ANY'];

function status(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{3}$/.test(value)) {
    throw new UsageError(
      `--${flag} must be a 3-digit HTTP status such as ${flag === 'success-status' ? 201 : 503}, got ${JSON.stringify(value)}`,
    );
  }
  return Number(value);
}

/** The generator's options from the flags; their ranges are checked by the generator (see generatorError). */
export function generatorOptions(flags: GenerateFlags): IntegrationResponsesOptions {
  const options: IntegrationResponsesOptions = {};
  const successStatus = status('success-status', flags['success-status']);
  const timeoutStatus = status('timeout-status', flags['timeout-status']);
  const catchAllStatus = status('catch-all-status', flags['catch-all-status']);
  if (successStatus !== undefined) options.successStatus = successStatus;
  if (timeoutStatus !== undefined) options.timeoutStatus = timeoutStatus;
  if (catchAllStatus !== undefined) options.catchAllStatus = catchAllStatus;
  if (flags['success-template'] !== undefined) options.successTemplate = flags['success-template'];
  if (flags['cors-origin'] !== undefined) options.corsOrigin = corsOriginFlag(flags['cors-origin']);
  return options;
}

/** `--cors-origin`: one origin, or several separated by commas (a comma is never part of an origin). */
export function corsOriginFlag(value: string): CorsOrigins {
  return value.includes(',') ? value.split(',').map((origin) => origin.trim()) : value;
}

/** `integrationResponses: successStatus must be …` → `--success-status must be …`. */
export function generatorError(error: unknown): UsageError {
  const message = oneLine(error).replace(
    /^integrationResponses: (\w+)/,
    (whole, option: string) => FLAG_OF_OPTION[option as keyof IntegrationResponsesOptions] ?? whole,
  );
  return new UsageError(message);
}

/** Method, path and function of whole-integration formats, checked. */
export function targetOptions(flags: GenerateFlags): TargetOptions {
  const method = flags['http-method'];
  if (method !== undefined && !HTTP_METHODS.includes(method.toUpperCase())) {
    throw new UsageError(
      `--http-method must be one of ${HTTP_METHODS.join(', ')}, got ${JSON.stringify(method)}`,
    );
  }
  const path = flags.path;
  if (path !== undefined && !/^\/[^\s?#]*$/.test(path)) {
    throw new UsageError(
      `--path must be an API path starting with / such as /orders/{id}, got ${JSON.stringify(path)}`,
    );
  }
  let reference: TargetOptions['function'];
  if (flags.function !== undefined) {
    try {
      reference = parseFunctionReference(flags.function);
    } catch (error) {
      throw new UsageError(`--function: ${oneLine(error)}`);
    }
  }
  return {
    ...(method !== undefined ? { httpMethod: method.toUpperCase() } : {}),
    ...(path !== undefined ? { path } : {}),
    ...(reference !== undefined ? { function: reference } : {}),
  };
}
