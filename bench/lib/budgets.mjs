// Issue 5's budgets. Reported, never asserted in tests: timings are not pass/fail material for CI.

const KB = 1024;

function budget(description, actual, limit, unit) {
  const measured = Number.isFinite(actual);
  return {
    description,
    actual: measured ? actual : null,
    limit,
    unit,
    pass: measured ? actual <= limit : null,
  };
}

/** Each budget with what was measured and whether it holds (null when it could not be measured). */
export function evaluateBudgets({ ratios, bundleGzipBytes, importMs }) {
  return {
    errorPath: budget(
      'proxy error path (404) / @middy/http-error-handler, same run',
      ratios.errorPathVsHttpErrorHandler,
      1.0,
      'x',
    ),
    successPath: budget('proxy success path / bare @middy/core', ratios.successPathVsMiddy, 1.05, 'x'),
    catalogError: budget('catalog error / new Error, to build', ratios.catalogErrorVsNewError, 1.5, 'x'),
    bundleSize: budget(
      'gzip bytes our runtime adds to a @middy/core handler bundle',
      bundleGzipBytes.ours - bundleGzipBytes.middyCore,
      2 * KB,
      'B',
    ),
    importTime: budget(
      'import of our entry / import of @middy/http-error-handler',
      importMs.ours / importMs.httpErrorHandler,
      1.0,
      'x',
    ),
  };
}
