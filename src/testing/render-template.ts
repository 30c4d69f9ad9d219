import { parseMappingTemplate } from './check-template.js';
import { javaMethodHandlers } from './java-string-methods.js';
import { evaluateJsonPath } from './json-path.js';
import { loadVelocity, type Velocity } from './velocity.js';
import { VtlUtil } from './vtl-util.js';

export interface TemplateInput {
  /** The integration response body: the Lambda result (success) or error payload, as JSON text. */
  readonly body: string;
  readonly requestId: string;
  /** Extra `$context` variables (stage, httpMethod, ...); requestId and responseOverride are always set. */
  readonly context?: Readonly<Record<string, unknown>>;
  readonly stageVariables?: Readonly<Record<string, string>>;
  /** The method request's parameters, for request templates (`$input.params()`, `$input.params('id')`). */
  readonly params?: RequestParams;
}

/** `$input.params()`: the method request's path, query string and header parameters, by name. */
export interface RequestParams {
  readonly path: Readonly<Record<string, string>>;
  readonly querystring: Readonly<Record<string, string>>;
  readonly header: Readonly<Record<string, string>>;
}

const NO_PARAMS: RequestParams = { path: {}, querystring: {}, header: {} };

export interface RenderedTemplate {
  readonly output: string;
  readonly statusOverride: number | undefined;
  readonly headerOverrides: Readonly<Record<string, string>>;
}

/** The `$input` object: the integration response body, read through JSONPath. */
class VtlInput {
  #document: unknown;
  #parsed = false;
  constructor(
    readonly body: string,
    readonly requestParams: RequestParams = NO_PARAMS,
  ) {}

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
  /** All parameters, or the one named, looked up in path, then query string, then headers, as API Gateway does. */
  params(name?: unknown): unknown {
    const { path, querystring, header } = this.requestParams;
    if (name === undefined)
      return { path: { ...path }, querystring: { ...querystring }, header: { ...header } };
    const key = String(name);
    const headerName = Object.keys(header).find((candidate) => candidate.toLowerCase() === key.toLowerCase());
    return path[key] ?? querystring[key] ?? (headerName === undefined ? '' : header[headerName]);
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
