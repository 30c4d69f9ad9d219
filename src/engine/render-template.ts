import { parseMappingTemplate } from './check-template.js';
import { javaMethodHandlers } from './java-string-methods.js';
import { evaluateJsonPath } from './json-path.js';
import { loadVelocity, type Velocity } from './velocity.js';
import { VtlUtil } from './vtl-util.js';

/** The request's parameters as `$input.params()` gives them to a request template: name → value per location. */
export interface RequestParameters {
  readonly path?: Readonly<Record<string, string>>;
  readonly querystring?: Readonly<Record<string, string>>;
  readonly header?: Readonly<Record<string, string>>;
}

export interface TemplateInput {
  /** The body `$input` reads: a request body (request templates) or the integration response body, as JSON text. */
  readonly body: string;
  readonly requestId: string;
  /** Extra `$context` variables (stage, httpMethod, ...); requestId and responseOverride are always set. */
  readonly context?: Readonly<Record<string, unknown>>;
  readonly stageVariables?: Readonly<Record<string, string>>;
  /** The request's parameters, for request templates (`$input.params()`, `$input.params('name')`). */
  readonly params?: RequestParameters;
  /** Stops rendering past these bounds with TemplateBudgetError (unbounded when absent). */
  readonly limits?: TemplateLimits;
}

/**
 * Bounds on one rendering: template nodes evaluated (a `#foreach` body counts once per item, a range
 * `[1..n]` counts its n numbers before they exist) and characters produced (counted where each block ends,
 * so nested output counts once per level: an upper bound).
 */
export interface TemplateLimits {
  readonly steps: number;
  readonly outputCharacters: number;
}

/** A rendering that went past its TemplateLimits; nothing of it is kept. */
export class TemplateBudgetError extends Error {
  override readonly name = 'TemplateBudgetError';
}

export interface RenderedTemplate {
  readonly output: string;
  readonly statusOverride: number | undefined;
  readonly headerOverrides: Readonly<Record<string, string>>;
}

/** The `$input` object: the body, read through JSONPath, and the request's parameters. */
class VtlInput {
  #document: unknown;
  #parsed = false;
  readonly #params: Required<{ [K in keyof RequestParameters]: Record<string, string> }>;
  constructor(
    readonly body: string,
    params: RequestParameters = {},
  ) {
    this.#params = {
      path: { ...params.path },
      querystring: { ...params.querystring },
      header: { ...params.header },
    };
  }

  /**
   * Every parameter by location, or one by name: path first, then query string, then header (its name in any
   * case, as HTTP header names are), as API Gateway looks.
   */
  params(name?: unknown): unknown {
    if (name === undefined) return this.#params;
    const key = String(name);
    for (const values of [this.#params.path, this.#params.querystring]) {
      if (Object.hasOwn(values, key)) return values[key];
    }
    const header = Object.keys(this.#params.header).find(
      (candidate) => candidate.toLowerCase() === key.toLowerCase(),
    );
    return header === undefined ? '' : this.#params.header[header];
  }

  private document(): unknown {
    if (!this.#parsed) {
      this.#document = JSON.parse(this.body);
      this.#parsed = true;
    }
    return this.#document;
  }
  path(path: string): unknown {
    return evaluateJsonPath(this.document(), path) ?? '';
  }
  json(path: string): string {
    const value = evaluateJsonPath(this.document(), path);
    return value === undefined ? '' : JSON.stringify(value);
  }
}

function overrideError(what: string): Error {
  return new Error(
    `${what} was set twice; API Gateway overrides are final (a second set fails the request with a 5XX)`,
  );
}

/** `$context.responseOverride`: records status and headers, refusing a second set of the same one. */
function responseOverride() {
  const headers: Record<string, string> = {};
  let status: number | undefined;
  const header = new Proxy(headers, {
    set(target, property, value) {
      // Templates only ever set string names; String() just satisfies the Proxy trap's string | symbol key.
      const name = String(property);
      if (Object.hasOwn(target, name)) throw overrideError(`$context.responseOverride.header.${name}`);
      target[name] = String(value);
      return true;
    },
  });
  const override = {
    header,
    get status() {
      return status;
    },
    set status(value: unknown) {
      if (status !== undefined) throw overrideError('$context.responseOverride.status');
      status = Number(value);
    },
  };
  return { override, read: () => ({ statusOverride: status, headerOverrides: { ...headers } }) };
}

/**
 * Renders a mapping template with velocityjs and the variables API Gateway provides to integration response
 * templates. Throws MappingTemplateError for a template API Gateway would not accept; throws the evaluation
 * error (e.g. a Java StringIndexOutOfBoundsException) when rendering fails, which API Gateway turns into a 500.
 */
export function renderMappingTemplate(template: string, input: TemplateInput): RenderedTemplate {
  const asts = parseMappingTemplate(template) as ReturnType<Velocity['parse']>;
  const { override, read } = responseOverride();
  const context = {
    input: new VtlInput(input.body, input.params),
    util: new VtlUtil(),
    context: { ...input.context, requestId: input.requestId, responseOverride: override },
    stageVariables: { ...input.stageVariables },
  };
  const { Compile } = loadVelocity();
  const compiler = input.limits === undefined ? Compile : boundedCompile(Compile, input.limits);
  const output = new compiler(asts, { customMethodHandlers: [...javaMethodHandlers] }).render(context);
  return { output, ...read() };
}

type CompileClass = Velocity['Compile'];

/** An array literal as velocityjs parses it: `[1..$n]` has isRange and its two bounds. */
interface RangeLiteral {
  readonly isRange?: boolean;
  readonly value: readonly unknown[];
}

interface LiteralMixin {
  getArray(this: unknown, literal: RangeLiteral): unknown[];
  getReferences(this: unknown, reference: unknown): unknown;
}

/** velocityjs' compiler counting steps and output as it goes, throwing TemplateBudgetError past `limits`. */
function boundedCompile(Compile: CompileClass, limits: TemplateLimits): CompileClass {
  return class BoundedCompile extends Compile {
    #steps = 0;
    #characters = 0;

    #spend(steps: number): void {
      this.#steps += steps;
      if (this.#steps > limits.steps)
        throw new TemplateBudgetError(`the template takes more than ${limits.steps} steps to render`);
    }

    override renderAstList(...args: Parameters<InstanceType<CompileClass>['renderAstList']>): string {
      this.#spend((args[0] ?? this.asts).length);
      const output = super.renderAstList(...args);
      this.#characters += output.length;
      if (this.#characters > limits.outputCharacters) {
        throw new TemplateBudgetError(`the template renders more than ${limits.outputCharacters} characters`);
      }
      return output;
    }

    // velocityjs mixes getArray into Compile at run time; its types leave it out.
    getArray(literal: RangeLiteral): unknown[] {
      const mixed = Compile.prototype as unknown as LiteralMixin;
      if (literal.isRange === true) {
        const [begin, end] = literal.value.map((bound) =>
          typeof bound === 'string'
            ? Number.parseInt(bound, 10)
            : typeof bound === 'number'
              ? bound
              : mixed.getReferences.call(this, bound),
        );
        // Counted before the array exists: `[1..400000000]` would exhaust the heap first.
        if (
          typeof begin === 'number' &&
          typeof end === 'number' &&
          Number.isFinite(begin) &&
          Number.isFinite(end)
        )
          this.#spend(Math.abs(end - begin) + 1);
      }
      return mixed.getArray.call(this, literal);
    }
  };
}
