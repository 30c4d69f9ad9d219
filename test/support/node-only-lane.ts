// Setup file of the unit lane (jest.config.js), which must pass on a machine with Node alone: the Java helpers
// refuse to start there (java-process.ts), so a suite that needs a JDK is caught wherever it runs.
process.env.LAMBDA_ERROR_MAP_NODE_ONLY_LANE = '1';
