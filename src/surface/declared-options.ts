/**
 * Options declared once: each option of a build-time surface (the generator's functions, the CLI, the Serverless
 * plugin) is one OptionDeclaration, keyed by its name in code (which is also its key in custom.lambdaErrorMap).
 * The check of a value, its JSON schema, its command-line flag and its help line are all derived from it, and
 * every message names the option as the caller spells it (an OptionNamer).
 */
import { describeValue } from '../util/describe-value.js';
import { OptionError } from './errors.js';

/** A JSON schema, as the Serverless Framework's config schema takes it. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** What values an option takes: its JSON schema, its check, and how a flag's text reads as one. */
export interface ValueRule<T> {
  readonly schema: JsonSchema;
  /** The value, checked: returns it, or throws an OptionError whose message starts with `name`. */
  readonly check: (value: unknown, name: string) => T;
  /** How help shows a flag's value (`N`, `ORIGIN`). */
  readonly placeholder: string;
  /** The range help shows after the option's doc line, e.g. `200-399`. */
  readonly range?: string;
  /** The value a flag's text stands for; without it, the text itself. */
  readonly fromText?: (text: string) => unknown;
}

export interface OptionDeclaration<T = unknown> {
  readonly rule: ValueRule<T>;
  /** One line: what the option sets. Help, docs and the JSON schema's description show it. */
  readonly doc: string;
  /** The value taken when the option is not given; undefined: none. */
  readonly default?: T;
  /** What happens without the option, where that is not a value (help and docs show it). */
  readonly defaultDoc?: string;
  /** The option cannot be left out. */
  readonly required?: true;
  /** Its command-line flag, without `--`; undefined: the CLI has none. */
  readonly flag?: string;
}

export type OptionDeclarations = Readonly<Record<string, OptionDeclaration>>;

/** The type of the values an option takes. */
export type ValueOf<D> = D extends OptionDeclaration<infer T> ? T : never;

/** An object of options as a caller gives them: each optional (a required one too: it is checked). */
export type GivenOptions<Ds extends OptionDeclarations> = { -readonly [K in keyof Ds]?: ValueOf<Ds[K]> };

/** The options checked, those with a default filled in. */
export type CheckedOptions<Ds extends OptionDeclarations> = {
  readonly [K in keyof Ds]: Ds[K] extends { readonly default: unknown } | { readonly required: true }
    ? ValueOf<Ds[K]>
    : ValueOf<Ds[K]> | undefined;
};

/** How a surface names an option in its messages: `--success-status`, `custom.lambdaErrorMap.successStatus`. */
export interface OptionNamer {
  (key: string): string;
  /** Another option named later in the same message (`integrationResponses: a needs b`). */
  readonly again: (key: string) => string;
}

function namer(name: (key: string) => string, again = name): OptionNamer {
  return Object.assign(name, { again });
}

/** The generator's functions: `integrationResponses: successStatus`. */
export function namedIn(caller: string): OptionNamer {
  return namer(
    (key) => `${caller}: ${key}`,
    (key) => key,
  );
}

/** A configuration object: `custom.lambdaErrorMap.successStatus`; `placedAt` names the keys found elsewhere. */
export function namedUnder(path: string, placedAt: Readonly<Record<string, string>> = {}): OptionNamer {
  return namer((key) => `${placedAt[key] ?? path}.${key}`);
}

/** The command line: `--success-status` (an option without a flag keeps its own name). */
export function namedByFlag(declarations: OptionDeclarations): OptionNamer {
  return namer((key) => {
    const flag = declarations[key]?.flag;
    return flag === undefined ? key : `--${flag}`;
  });
}

/** The message of a bad value: `NAME must be EXPECTED, got VALUE[; FIX]`. */
export function badValue(name: string, expected: string, value: unknown, fix?: string): OptionError {
  return new OptionError(
    `${name} must be ${expected}, got ${describeValue(value)}${fix === undefined ? '' : `; ${fix}`}`,
  );
}

/** Every option declared is checked (those not given take their default); keys not declared are left to the caller. */
export function checkOptions<Ds extends OptionDeclarations>(
  declarations: Ds,
  given: object,
  nameOf: OptionNamer,
): CheckedOptions<Ds> {
  return checked(declarations, given, nameOf, true) as CheckedOptions<Ds>;
}

/** The options given, checked; those not given are left out (for a caller whose callee fills the defaults). */
export function checkGiven<Ds extends OptionDeclarations>(
  declarations: Ds,
  given: object,
  nameOf: OptionNamer,
): GivenOptions<Ds> {
  return checked(declarations, given, nameOf, false) as GivenOptions<Ds>;
}

function checked(
  declarations: OptionDeclarations,
  given: object,
  nameOf: OptionNamer,
  withDefaults: boolean,
): Record<string, unknown> {
  const values = given as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [key, declaration] of Object.entries(declarations)) {
    const value = values[key];
    if (value !== undefined || (withDefaults && declaration.required)) {
      result[key] = declaration.rule.check(value, nameOf(key));
    } else if (withDefaults) result[key] = declaration.default;
  }
  return result;
}

/** The keys of `given` that no option declares. */
function undeclaredKeys(declarations: OptionDeclarations, given: object): string[] {
  return Object.keys(given).filter((key) => !Object.hasOwn(declarations, key));
}

/** The JSON schema of each option, with its doc line as the description. */
export function optionSchemas<Ds extends OptionDeclarations>(
  declarations: Ds,
): { readonly [K in keyof Ds]: JsonSchema } {
  return Object.fromEntries(
    Object.entries(declarations).map(([key, { rule, doc }]) => [key, { ...rule.schema, description: doc }]),
  ) as unknown as { readonly [K in keyof Ds]: JsonSchema };
}

export interface ObjectSchema<Ds extends OptionDeclarations> {
  readonly type: 'object';
  readonly properties: { readonly [K in keyof Ds]: JsonSchema };
  readonly required?: readonly string[];
  readonly additionalProperties: false;
}

/** The JSON schema of an object of these options, nothing else. */
export function objectSchema<Ds extends OptionDeclarations>(declarations: Ds): ObjectSchema<Ds> {
  const required = Object.keys(declarations).filter((key) => declarations[key]?.required);
  return {
    type: 'object',
    properties: optionSchemas(declarations),
    ...(required.length === 0 ? {} : { required }),
    additionalProperties: false,
  };
}

/** Refuses the keys of `given` that no option declares, naming them all and the known ones. */
export function refuseUndeclared(declarations: OptionDeclarations, given: object, name: string): void {
  const unknown = undeclaredKeys(declarations, given);
  if (unknown.length === 0) return;
  throw new OptionError(
    `${name} has unknown option(s) ${unknown.join(', ')}; known options: ${Object.keys(declarations).join(', ')}`,
  );
}

/** A plain object (not null, not an array). */
export function isOptionsObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The options given as flags (`{ 'success-status': '201' }`), read by their rules, keyed by option. */
export function fromFlags(declarations: OptionDeclarations, flags: object): Record<string, unknown> {
  const texts = flags as Record<string, unknown>;
  const given: Record<string, unknown> = {};
  for (const [key, { flag, rule }] of Object.entries(declarations)) {
    const text = flag === undefined ? undefined : texts[flag];
    if (typeof text === 'string') given[key] = rule.fromText === undefined ? text : rule.fromText(text);
  }
  return given;
}

/** An option's help line: `DOC, RANGE. Default: VALUE.` */
export function helpLine(declaration: OptionDeclaration): string {
  const range = declaration.rule.range === undefined ? '' : `, ${declaration.rule.range}`;
  return `${declaration.doc}${range}. Default: ${defaultDoc(declaration)}.`;
}

/** The default as help and docs show it. */
export function defaultDoc({ default: fallback, defaultDoc }: OptionDeclaration): string {
  return defaultDoc ?? (fallback === undefined ? 'none' : String(fallback));
}

// ---- Rules --------------------------------------------------------------------------------------------------

/** A whole number from `min` to `max`; a flag's digits read as the number. */
export function integerRule(min: number, max: number, placeholder = 'N'): ValueRule<number> {
  return {
    schema: { type: 'integer', minimum: min, maximum: max },
    placeholder,
    range: `${min}-${max}`,
    fromText: (text) => (/^\d+$/.test(text) ? Number(text) : text),
    check: (value, name) => {
      if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
      throw badValue(name, `an integer from ${min} to ${max}`, value);
    },
  };
}

/** One of `choices`; a flag's text matches a choice whatever its case. */
export function choiceRule(choices: readonly string[], placeholder: string): ValueRule<string> {
  return {
    schema: { enum: choices },
    placeholder,
    range: choices.join(' | '),
    fromText: (text) => choices.find((choice) => choice.toUpperCase() === text.toUpperCase()) ?? text,
    check: (value, name) => {
      if (typeof value === 'string' && choices.includes(value)) return value;
      throw badValue(name, `one of ${choices.join(', ')}`, value);
    },
  };
}

/** A string with something other than white space in it. */
export function textRule(expected: string, placeholder: string, fix?: string): ValueRule<string> {
  return {
    schema: { type: 'string', minLength: 1 },
    placeholder,
    check: (value, name) => {
      if (typeof value === 'string' && value.trim() !== '') return value;
      throw badValue(name, expected, value, fix);
    },
  };
}

export const BOOLEAN_RULE: ValueRule<boolean> = {
  schema: { type: 'boolean' },
  placeholder: '',
  check: (value, name) => {
    if (typeof value === 'boolean') return value;
    throw badValue(name, 'true or false', value);
  },
};
