// Issue 13's "Done when" thresholds. Reported, never asserted in tests: timings are not pass/fail material for CI.

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
export function evaluateBudgets({ ratios, bundleGzipBytes, importMs, detail1Mb, packedInstall }) {
  return {
    errorPath: budget(
      'proxy error path (404) / @middy/http-error-handler, same run',
      ratios.errorPathVsHttpErrorHandler,
      1.05,
      'x',
    ),
    taggedPath: budget(
      'tagged error path (404) / an onError rethrowing a prebuilt error',
      ratios.taggedErrorPathVsRethrow,
      1.3,
      'x',
    ),
    proxyFloor: budget(
      'proxy error path (404) / a hand-written problem+json onError (issue 19)',
      ratios.errorPathVsHandWrittenOnError,
      1.02,
      'x',
    ),
    successPath: budget('proxy success path / bare @middy/core', ratios.successPathVsMiddy, 1.05, 'x'),
    catalogError: budget('catalog error / new Error, to build', ratios.catalogErrorVsNewError, 1.5, 'x'),
    importTime: budget(
      'import of our entry / import of @middy/http-error-handler',
      importMs.ours / importMs.httpErrorHandler,
      0.5,
      'x',
    ),
    bundleSize: budget(
      'gzip bytes our runtime adds to a @middy/core handler bundle',
      bundleGzipBytes.ours - bundleGzipBytes.middyCore,
      4700,
      'B',
    ),
    detail1Mb: budget('a 1 MB detail through taggedErrorMessage, per error', detail1Mb?.ms, 2, 'ms'),
    packedInstall: budget(
      'yaml or velocityjs installed with the packed tarball (npm ls --omit=dev --omit=optional --omit=peer)',
      packedInstall?.buildTimePackagesInstalled.length,
      0,
      'packages',
    ),
  };
}
