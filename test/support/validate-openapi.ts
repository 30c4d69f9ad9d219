import { spawnSync } from 'node:child_process';

/**
 * Validates an OpenAPI document with @apidevtools/swagger-parser in a child Node process: its CommonJS
 * entry requires an ES module, which plain Node 20 loads and Jest's module runtime does not.
 */
const VALIDATOR = `
const SwaggerParser = require('@apidevtools/swagger-parser');
let input = '';
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  SwaggerParser.validate(JSON.parse(input)).then(
    () => { process.stdout.write('valid'); },
    (error) => { process.stdout.write(String(error.message)); process.exitCode = 1; },
  );
});
`;

export function validateOpenApi(document: unknown): { valid: boolean; message: string } {
  const result = spawnSync(process.execPath, ['-e', VALIDATOR], {
    input: JSON.stringify(document),
    encoding: 'utf8',
    cwd: process.cwd(),
  });
  if (result.error) throw result.error;
  return { valid: result.status === 0, message: result.stdout + result.stderr };
}
