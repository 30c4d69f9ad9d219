/** A velocityjs custom method handler (CompileConfig.customMethodHandlers). */
export interface MethodHandler {
    uid: string;
    match(payload: {
        property: string;
        context: unknown;
        params: unknown[];
    }): boolean;
    resolve(payload: {
        property: string;
        context: unknown;
        params: unknown[];
    }): unknown;
}
export declare const javaMethodHandlers: readonly MethodHandler[];
//# sourceMappingURL=java-string-methods.d.ts.map