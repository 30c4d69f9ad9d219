export * from './catalog/index.js';
export * from './nonproxy/index.js';
export * from './proxy/index.js';
//# sourceMappingURL=index.d.ts.map