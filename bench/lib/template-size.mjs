// Bytes the generated responses add to a CloudFormation template, measured through the CLI a user runs
// (dist/cli/main.js): `apply` on a 2-space JSON template of unfilled non-proxy Lambda methods, with and without
// the Gateway Responses, and `generate --format cloudformation`. Sizes, not times: the same on every machine.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const RUNTIME = pathToFileURL(fileURLToPath(new URL('../../dist/index.js', import.meta.url))).href;
const LAMBDA_URI =
  'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:orders/invocations';
/** Methods per measured template: the per-method figure is the growth divided by this. */
const METHODS = 10;
/** CloudFormation's limit for a template read from S3 (the Gateway Responses are added once per REST API). */
const S3_LIMIT = 1_048_576;

/** The catalogs measured: the default one (18 error statuses) and a small one (2 kinds, 4 error statuses). */
const CATALOGS = {
  default: undefined,
  small: `import { defineErrorCatalog } from ${JSON.stringify(RUNTIME)};
export const catalog = defineErrorCatalog({ NotFound: { status: 404 }, Conflict: { status: 409 } }, { base: null });
`,
};

function templateWithMethods(count) {
  const resources = { Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'orders' } } };
  for (let i = 0; i < count; i++) {
    resources[`Method${i}`] = {
      Type: 'AWS::ApiGateway::Method',
      Properties: {
        RestApiId: { Ref: 'Api' },
        HttpMethod: 'POST',
        Integration: { Type: 'AWS', IntegrationHttpMethod: 'POST', Uri: LAMBDA_URI },
      },
    };
  }
  return `${JSON.stringify({ Resources: resources }, null, 2)}\n`;
}

function cli(dir, args) {
  return execFileSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
}

/** The applied template's size, and the bytes of its `Mappings` section (the shared templates, once per file). */
function applied(dir, catalogArgs, gatewayArgs) {
  const path = join(dir, 'template.json');
  writeFileSync(path, templateWithMethods(METHODS));
  cli(dir, ['apply', '--template', 'template.json', ...catalogArgs, ...gatewayArgs]);
  const text = readFileSync(path, 'utf8');
  const { Mappings } = JSON.parse(text);
  // As apply writes it: `  "Mappings": {...},` on 2-space lines, its line break included.
  const mappings =
    Mappings === undefined
      ? ''
      : `  "Mappings": ${JSON.stringify(Mappings, null, 2).replaceAll('\n', '\n  ')},\n`;
  return { bytes: Buffer.byteLength(text), mappingsBytes: Buffer.byteLength(mappings) };
}

function measureCatalog(dir, name, moduleText) {
  let catalogArgs = [];
  if (moduleText !== undefined) {
    writeFileSync(join(dir, `${name}.mjs`), moduleText);
    catalogArgs = ['--catalog', `${name}.mjs`];
  }
  const unfilled = Buffer.byteLength(templateWithMethods(METHODS));
  const withoutGateway = applied(dir, catalogArgs, ['--no-gateway-responses']);
  const withGateway = applied(dir, catalogArgs, []);
  const { mappingsBytes } = withoutGateway;
  const perMethod = (withoutGateway.bytes - mappingsBytes - unfilled) / METHODS;
  const gatewayResponses = withGateway.bytes - withoutGateway.bytes;
  const generated = (gatewayArgs) =>
    Buffer.byteLength(cli(dir, ['generate', '--format', 'cloudformation', ...catalogArgs, ...gatewayArgs]));
  return {
    catalog: name,
    bytesPerMethod: perMethod,
    mappingsBytes,
    gatewayResponsesBytes: gatewayResponses,
    bytesPerMethodWithGatewayResponsesOf100: perMethod + (gatewayResponses + mappingsBytes) / 100,
    methodsIn1Mb: Math.floor((S3_LIMIT - gatewayResponses - mappingsBytes) / perMethod),
    methodsIn1MbWithoutGatewayResponses: Math.floor((S3_LIMIT - mappingsBytes) / perMethod),
    generateCloudFormationBytes: generated(['--no-gateway-responses']),
    generateCloudFormationWithGatewayResponsesBytes: generated([]),
  };
}

/** One row per catalog; see the fields of measureCatalog. */
export function measureTemplateSizes() {
  const dir = mkdtempSync(join(tmpdir(), 'lambda-error-map-size-'));
  try {
    return Object.entries(CATALOGS).map(([name, moduleText]) => measureCatalog(dir, name, moduleText));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The rows as a Markdown table, as docs/performance.md quotes it. */
export function templateSizeTable(rows) {
  const header = [
    'catalog',
    'bytes per method',
    'per method, 100 methods with GR',
    'Mappings (once per file)',
    'Gateway Responses (once per API)',
    'methods in 1 MB (with / without GR)',
    '`generate --format cloudformation` (without / with GR)',
  ];
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    line(header),
    line(header.map(() => '---')),
    ...rows.map((row) =>
      line([
        row.catalog,
        row.bytesPerMethod.toLocaleString('en-US'),
        row.bytesPerMethodWithGatewayResponsesOf100.toLocaleString('en-US', { maximumFractionDigits: 0 }),
        row.mappingsBytes.toLocaleString('en-US'),
        row.gatewayResponsesBytes.toLocaleString('en-US'),
        `${row.methodsIn1Mb} / ${row.methodsIn1MbWithoutGatewayResponses}`,
        `${row.generateCloudFormationBytes.toLocaleString('en-US')} / ${row.generateCloudFormationWithGatewayResponsesBytes.toLocaleString('en-US')}`,
      ]),
    ),
  ].join('\n');
}
