export interface TemplateInput {
    /** The integration response body: the Lambda result (success) or error payload, as JSON text. */
    readonly body: string;
    readonly requestId: string;
    /** Extra `$context` variables (stage, httpMethod, ...); requestId and responseOverride are always set. */
    readonly context?: Readonly<Record<string, unknown>>;
    readonly stageVariables?: Readonly<Record<string, string>>;
}
export interface RenderedTemplate {
    readonly output: string;
    readonly statusOverride: number | undefined;
    readonly headerOverrides: Readonly<Record<string, string>>;
}
/**
 * Renders a mapping template with velocityjs and the variables API Gateway provides to integration response
 * templates. Throws MappingTemplateError for a template API Gateway would not accept; throws the evaluation
 * error (e.g. a Java StringIndexOutOfBoundsException) when rendering fails, which API Gateway turns into a 500.
 */
export declare function renderMappingTemplate(template: string, input: TemplateInput): RenderedTemplate;
//# sourceMappingURL=render-template.d.ts.map