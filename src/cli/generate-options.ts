import { formatsWriting, type TargetOptions } from '../generate/emitters/formats.js';
import { type FunctionReference, parseFunctionReference } from '../generate/emitters/function-reference.js';
import {
  INTEGRATION_RESPONSES_OPTIONS,
  type IntegrationResponsesOptions,
} from '../generate/integration-responses.js';
import {
  badValue,
  checkGiven,
  choiceRule,
  fromFlags,
  namedByFlag,
  type OptionDeclarations,
  type ValueRule,
} from '../surface/declared-options.js';
import { OptionError } from '../surface/errors.js';
import { oneLineMessage } from '../util/describe-value.js';

/** The methods `--http-method` takes. */
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'ANY'];

const FUNCTION_RULE: ValueRule<FunctionReference> = {
  schema: { type: 'string', minLength: 1 },
  placeholder: 'FUNCTION',
  check: (value, name) => {
    try {
      // A flag's value: always a string.
      return parseFunctionReference(value as string);
    } catch (error) {
      throw new OptionError(`${name}: ${oneLineMessage(error)}`);
    }
  },
};

const PATH_RULE: ValueRule<string> = {
  schema: { type: 'string', pattern: '^/[^\\s?#]*$' },
  placeholder: 'PATH',
  check: (value, name) => {
    if (typeof value === 'string' && /^\/[^\s?#]*$/.test(value)) return value;
    throw badValue(name, 'an API path starting with / such as /orders/{id}', value);
  },
};

function targetFormats(option: keyof TargetOptions): string {
  return formatsWriting(option).join(', ');
}

/**
 * Where a whole-integration format puts the integration: `generate` flags only (the emitters take them as
 * TargetOptions and fill their own defaults, which the declared defaults here state for help).
 */
export const TARGET_OPTIONS = {
  httpMethod: {
    rule: choiceRule(HTTP_METHODS, 'METHOD'),
    doc: `Method of the operation (${targetFormats('httpMethod')})`,
    default: 'POST',
    flag: 'http-method',
  },
  path: {
    rule: PATH_RULE,
    doc: `Path of the operation (${targetFormats('path')}), e.g. /orders/{id}`,
    default: '/example',
    flag: 'path',
  },
  function: {
    rule: FUNCTION_RULE,
    doc: `The function: its ARN, its invocation URI, or (cloudformation) its logical id (${targetFormats('function')})`,
    defaultDoc: 'a parameter of the output',
    flag: 'function',
  },
} as const satisfies OptionDeclarations satisfies Record<keyof TargetOptions, unknown>;

/** Every option of `generate` that the command line declares once beside the generator's. */
export const GENERATE_OPTIONS = { ...INTEGRATION_RESPONSES_OPTIONS, ...TARGET_OPTIONS } as const;

/** How the command line names the options in its messages: by their flags. */
export const FLAG_NAMES = namedByFlag(GENERATE_OPTIONS);

/** The generator's options from the flags given, checked; the generator fills the defaults. */
export function generatorOptions(flags: object): IntegrationResponsesOptions {
  return checkGiven(
    INTEGRATION_RESPONSES_OPTIONS,
    fromFlags(INTEGRATION_RESPONSES_OPTIONS, flags),
    FLAG_NAMES,
  );
}

/** Method, path and function of whole-integration formats, checked. */
export function targetOptions(flags: object): TargetOptions {
  return checkGiven(TARGET_OPTIONS, fromFlags(TARGET_OPTIONS, flags), FLAG_NAMES);
}
