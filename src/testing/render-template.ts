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

  /** Every parameter by location, or one by name: path first, then query string, then header, as API Gateway looks. */
  params(name?: unknown): unknown {
    if (name === undefined) return this.#params;
    const key = String(name);
    for (const values of [this.#params.path, this.#params.querystring, this.#params.header]) {
      if (Object.hasOwn(values, key)) return values[key];
    }
    return '';
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
  const output = new Compile(asts, { customMethodHandlers: [...javaMethodHandlers] }).render(context);
  return { output, ...read() };
}
