// The Lambda-side entry point: small, and free of anything build-time (no YAML, CLI or emulator).
export * from './catalog/index.js';
export * from './nonproxy/index.js';
export * from './proxy/index.js';
