export {};
//# sourceMappingURL=error-reply.js.map