/**
 * The parts of the Serverless Framework v3 (and osls) plugin API this plugin touches, typed structurally so
 * the library needs no dependency on the framework.
 */
import type { FunctionConfig } from '../existing-api/serverless-events.js';

export type ServerlessErrorClass = new (message: string, code?: string) => Error;

export interface ServerlessLike {
  readonly service: {
    readonly custom?: Record<string, unknown> | null;
    readonly functions?: Record<string, FunctionConfig | null | undefined> | null;
    /** The CloudFormation the framework compiled so far, and `logs.restApi` (stage logging settings). */
    readonly provider?: {
      readonly compiledCloudFormationTemplate?: {
        Resources?: Record<string, unknown>;
        [key: string]: unknown;
      };
      logs?: { restApi?: unknown; [key: string]: unknown };
      [key: string]: unknown;
    };
    /** `resources:` of serverless.yml, merged into the template after the events are compiled. */
    readonly resources?: {
      readonly Resources?: Record<string, unknown>;
      readonly Mappings?: Record<string, unknown>;
    } | null;
  };
  /** The service directory (v3); older releases only have `config.servicePath`. */
  readonly serviceDir?: string;
  readonly config?: { readonly servicePath?: string };
  readonly classes?: { readonly Error?: ServerlessErrorClass };
  readonly configSchemaHandler?: {
    defineCustomProperties?(schema: Record<string, unknown>): void;
  };
}

/** The `log` the framework hands to plugins as the third constructor argument. */
export interface PluginLog {
  verbose(message: string): void;
  /** Shown without --verbose; absent from some older releases' log, where `verbose` is used instead. */
  warning?(message: string): void;
}

export interface PluginUtils {
  readonly log?: PluginLog;
}
