// `generate` as a user without the optional peer `yaml` runs it: node:module's require (through which the
// generator loads yaml) cannot find the package, as Node reports one that is not installed.
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { CliRun } from '../support/run-cli.js';

jest.unstable_mockModule('node:module', () => ({
  createRequire: () => (name: string) => {
    throw Object.assign(new Error(`Cannot find module '${name}'\nRequire stack:\n- here`), {
      code: 'MODULE_NOT_FOUND',
    });
  },
}));

let cli: (...argv: string[]) => Promise<CliRun>;
beforeAll(async () => {
  const { runCliIn } = await import('../support/run-cli.js');
  cli = (...argv) => runCliIn(process.cwd(), ...argv);
});

const INSTALL =
  'needs the package "yaml", an optional peer dependency of lambda-error-map that is not installed: run `npm install --save-dev yaml` (lambda-error-map --help)\n';

describe('lambda-error-map generate without yaml', () => {
  it.each(['cloudformation-yaml', 'serverless'])(
    '--format %s: one line naming that format alone, exit 2',
    async (format) => {
      expect(await cli('generate', '--format', format)).toEqual({
        code: 2,
        stdout: '',
        stderr: `lambda-error-map: the ${format} format ${INSTALL}`,
      });
    },
  );

  it.each(['cloudformation', 'openapi', 'cdk', 'cdk-json', 'terraform', 'aws-cli', 'access-log-format'])(
    '--format %s needs no yaml',
    async (format) => {
      const run = await cli('generate', '--format', format);
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    },
  );
});
