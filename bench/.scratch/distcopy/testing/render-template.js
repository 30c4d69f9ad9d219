import { Compile } from 'velocityjs';
import { parseMappingTemplate } from './check-template.js';
import { javaMethodHandlers } from './java-string-methods.js';
import { evaluateJsonPath } from './json-path.js';
import { VtlUtil } from './vtl-util.js';
/** The `$input` object: the integration response body, read through JSONPath. */
class VtlInput {
    body;
    #document;
    #parsed = false;
    constructor(body) {
        this.body = body;
    }
    document() {
        if (!this.#parsed) {
            this.#document = JSON.parse(this.body);
            this.#parsed = true;
        }
        return this.#document;
    }
    path(path) {
        return evaluateJsonPath(this.document(), path) ?? '';
    }
    json(path) {
        const value = evaluateJsonPath(this.document(), path);
        return value === undefined ? '' : JSON.stringify(value);
    }
}
function overrideError(what) {
    return new Error(`${what} was set twice; API Gateway overrides are final (a second set fails the request with a 5XX)`);
}
/** `$context.responseOverride`: records status and headers, refusing a second set of the same one. */
function responseOverride() {
    const headers = {};
    let status;
    const header = new Proxy(headers, {
        set(target, name, value) {
            if (typeof name !== 'string')
                return false;
            if (Object.hasOwn(target, name))
                throw overrideError(`$context.responseOverride.header.${name}`);
            target[name] = String(value);
            return true;
        },
    });
    const override = {
        header,
        get status() {
            return status;
        },
        set status(value) {
            if (status !== undefined)
                throw overrideError('$context.responseOverride.status');
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
export function renderMappingTemplate(template, input) {
    const asts = parseMappingTemplate(template);
    const { override, read } = responseOverride();
    const context = {
        input: new VtlInput(input.body),
        util: new VtlUtil(),
        context: { ...input.context, requestId: input.requestId, responseOverride: override },
        stageVariables: { ...input.stageVariables },
    };
    const output = new Compile(asts, { customMethodHandlers: [...javaMethodHandlers] }).render(context);
    return { output, ...read() };
}
//# sourceMappingURL=render-template.js.map