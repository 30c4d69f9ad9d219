import { describe, expect, it } from '@jest/globals';
import { loadsPlugin } from '../../src/existing-api/serverless-service.js';
import { serverlessVariableIn } from '../../src/serverless/configured-service.js';

describe('loadsPlugin', () => {
  it.each([
    [{ plugins: ['serverless-offline', ' lambda-error-map/serverless '] }, true],
    [{ plugins: { localPath: './p', modules: ['lambda-error-map/serverless'] } }, true],
    [{ plugins: ['serverless-offline', 42] }, false],
    [{ plugins: { modules: 'lambda-error-map/serverless' } }, false],
    [{ plugins: null }, false],
    [{}, false],
  ])('%j → %s', (service, expected) => {
    expect(loadsPlugin(service)).toBe(expected);
  });
});

describe('serverlessVariableIn', () => {
  it('names the first Serverless variable with where it is, in objects and lists', () => {
    expect(
      serverlessVariableIn(
        { catalog: 'c.mjs', gatewayResponses: { corsAllowHeaders: ['Content-Type', `\${param:header}`] } },
        'custom.lambdaErrorMap',
      ),
    ).toEqual({
      where: 'custom.lambdaErrorMap.gatewayResponses.corsAllowHeaders[1]',
      text: `\${param:header}`,
    });
    expect(serverlessVariableIn(`\${file(./lem.yml)}`, 'custom.lambdaErrorMap')).toEqual({
      where: 'custom.lambdaErrorMap',
      text: `\${file(./lem.yml)}`,
    });
    expect(
      serverlessVariableIn({ catalog: 'c.mjs', replace: true, catchAllStatus: 502 }, 'x'),
    ).toBeUndefined();
  });
});
