/**
 * The parts of the Serverless Framework v3 (and osls) plugin API this plugin touches, typed structurally so
 * the library needs no dependency on the framework.
 */
export {};
//# sourceMappingURL=types.js.map