// Each option is declared once; the plugin's config schema, the parseArgs spec, the help, the checks (and their
// messages on each surface) and the documentation must all say what the declaration says.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CLI_OPTIONS, PARSE_ARGS_OPTIONS, SERVE_OPTIONS } from '../../src/cli/cli-options.js';
import { TARGET_OPTIONS } from '../../src/cli/generate-options.js';
import { commandUsage } from '../../src/cli/usage.js';
import { checkedCorsOrigin } from '../../src/generate/cors.js';
import { GATEWAY_RESPONSES_OPTIONS, gatewayResponses } from '../../src/generate/gateway-responses.js';
import {
  INTEGRATION_RESPONSES_OPTIONS,
  integrationResponses,
} from '../../src/generate/integration-responses.js';
import { defaultCatalog } from '../../src/index.js';
import { CONFIG_SCHEMA, PLUGIN_OPTIONS, readPluginOptions } from '../../src/serverless/plugin-options.js';
import {
  BOOLEAN_RULE,
  checkOptions,
  choiceRule,
  defaultDoc,
  fromFlags,
  namedByFlag,
  type OptionDeclaration,
  type OptionDeclarations,
} from '../../src/surface/declared-options.js';
import { LambdaErrorMapPluginError } from '../../src/surface/errors.js';
import { type CliRun, runCliIn } from '../support/run-cli.js';

const root = new URL('../../', import.meta.url);
const page = (name: string) => readFileSync(new URL(`docs/${name}`, root), 'utf8');

type Declared = [key: string, declaration: OptionDeclaration];
const entries = (declarations: object) => Object.entries(declarations) as Declared[];

const GENERATOR = entries(INTEGRATION_RESPONSES_OPTIONS);
const WITH_FLAGS = [...GENERATOR, ...entries(TARGET_OPTIONS), ...entries(SERVE_OPTIONS)];
const PLUGIN = entries(PLUGIN_OPTIONS);
const PLUGIN_SCHEMA = CONFIG_SCHEMA.properties.lambdaErrorMap;

/** The integer options, with their range from the declaration's JSON schema. */
const RANGED = GENERATOR.flatMap(([key, declaration]) => {
  const { minimum, maximum } = declaration.rule.schema as { minimum?: number; maximum?: number };
  return minimum === undefined || maximum === undefined ? [] : [{ key, declaration, minimum, maximum }];
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lambda-error-map-declared-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const cli = (...argv: string[]): Promise<CliRun> => runCliIn(dir, ...argv);

describe('the plugin config schema is derived from the declarations', () => {
  it('holds every plugin option, the generator’s among them, each with its rule’s schema and doc line', () => {
    expect(Object.keys(PLUGIN_SCHEMA.properties).sort()).toEqual(PLUGIN.map(([key]) => key).sort());
    for (const [key] of GENERATOR) expect(PLUGIN_SCHEMA.properties).toHaveProperty(key);
    for (const [key, { rule, doc }] of PLUGIN) {
      expect(PLUGIN_SCHEMA.properties[key as keyof typeof PLUGIN_SCHEMA.properties]).toEqual({
        ...rule.schema,
        description: doc,
      });
    }
    expect(PLUGIN_SCHEMA.required).toEqual(PLUGIN.filter(([, d]) => d.required).map(([key]) => key));
    expect(PLUGIN_SCHEMA.additionalProperties).toBe(false);
  });

  it.each(RANGED)('states the range of $key the generator checks', ({ key, minimum, maximum }) => {
    expect(PLUGIN_SCHEMA.properties[key as keyof typeof PLUGIN_SCHEMA.properties]).toMatchObject({
      type: 'integer',
      minimum,
      maximum,
    });
  });

  it('gatewayResponses tunes every Gateway Responses option but the shared corsOrigin, with their schemas', () => {
    const tuning = (PLUGIN_SCHEMA.properties.gatewayResponses.anyOf as [unknown, { properties: object }])[1]
      .properties;
    const expected = entries(GATEWAY_RESPONSES_OPTIONS).filter(([key]) => key !== 'corsOrigin');
    expect(tuning).toEqual(
      Object.fromEntries(expected.map(([key, { rule, doc }]) => [key, { ...rule.schema, description: doc }])),
    );
  });
});

describe('the parseArgs spec and the help are derived from the declarations', () => {
  it.each(WITH_FLAGS)('%s: its flag is parsed as a string', (_, { flag }) => {
    expect(flag).toBeDefined();
    expect(PARSE_ARGS_OPTIONS).toHaveProperty([flag as string, 'type'], 'string');
  });

  it.each(WITH_FLAGS)(
    '%s: its command’s help shows its flag, doc line, range and default',
    (_, declaration) => {
      const command = declaration === SERVE_OPTIONS.port ? 'serve' : 'generate';
      const help = commandUsage(command).replace(/\n {20,}/g, ' ');
      const line = help.split('\n').find((text) => text.includes(`--${declaration.flag} `));
      expect(line).toContain(`--${declaration.flag} ${declaration.rule.placeholder}`);
      expect(line).toContain(declaration.doc);
      if (declaration.rule.range !== undefined) expect(line).toContain(declaration.rule.range);
      expect(line).toContain(`Default: ${defaultDoc(declaration)}.`);
    },
  );

  it('every option CLI_OPTIONS takes a value for is in the parseArgs spec, and only those', () => {
    expect(Object.keys(PARSE_ARGS_OPTIONS)).toEqual(Object.keys(CLI_OPTIONS));
  });
});

describe('the checks are derived from the declarations, and name the option as each surface spells it', () => {
  it.each(RANGED)(
    '$key: the default is taken where it is not given; one past the range is refused by API, CLI and plugin',
    async ({ key, declaration, maximum }) => {
      const flag = declaration.flag as string;
      const expected = `must be an integer from ${declaration.rule.range?.replace('-', ' to ')}, got ${maximum + 1}`;
      expect(() => integrationResponses(defaultCatalog, { [key]: maximum + 1 })).toThrow(
        `integrationResponses: ${key} ${expected}`,
      );
      const run = await cli('generate', '--format', 'cdk-json', `--${flag}`, String(maximum + 1));
      expect(run).toEqual({
        code: 2,
        stdout: '',
        stderr: `lambda-error-map: --${flag} ${expected} (lambda-error-map --help)\n`,
      });
      const config = { lambdaErrorMap: { catalog: './catalog.js', [key]: maximum + 1 } };
      expect(() => readPluginOptions(config)).toThrow(
        new LambdaErrorMapPluginError(
          `custom.lambdaErrorMap.${key} ${expected}`,
          'LAMBDA_ERROR_MAP_INVALID_CONFIG',
        ),
      );
      expect(readPluginOptions({ lambdaErrorMap: { catalog: './catalog.js' } }).generator).toHaveProperty(
        key,
        declaration.default,
      );
    },
  );

  it('the generator’s defaults are the declared ones', () => {
    const model = integrationResponses(defaultCatalog);
    const statuses = model.integrationResponses.map((response) => response.statusCode);
    expect(statuses[0]).toBe(String(INTEGRATION_RESPONSES_OPTIONS.successStatus.default));
    expect(statuses).toContain(String(INTEGRATION_RESPONSES_OPTIONS.timeoutStatus.default));
    expect(statuses).toContain(String(INTEGRATION_RESPONSES_OPTIONS.catchAllStatus.default));
    const throttled = gatewayResponses(defaultCatalog).find(
      (response) => response.responseType === 'THROTTLED',
    );
    expect(throttled?.responseParameters['gatewayresponse.header.Retry-After']).toBe(
      `'${GATEWAY_RESPONSES_OPTIONS.throttledRetryAfterSeconds.default}'`,
    );
  });

  it('a Gateway Responses option is named under gatewayResponses in the plugin, and in the API by its key', async () => {
    const config = { catalog: './catalog.js', gatewayResponses: { quotaExceededRetryAfterSeconds: -1 } };
    expect(() => readPluginOptions({ lambdaErrorMap: config })).toThrow(
      'custom.lambdaErrorMap.gatewayResponses.quotaExceededRetryAfterSeconds must be a whole number of seconds from 0 to 86400, got -1',
    );
    expect(() =>
      readPluginOptions({ lambdaErrorMap: { ...config, gatewayResponses: { retry: 1 } } }),
    ).toThrow(
      'custom.lambdaErrorMap.gatewayResponses has unknown option(s) retry; known options: corsAllowHeaders',
    );
    expect(() => gatewayResponses(defaultCatalog, { quotaExceededRetryAfterSeconds: -1 })).toThrow(
      'gatewayResponses: quotaExceededRetryAfterSeconds must be a whole number of seconds from 0 to 86400, got -1',
    );
  });
});

describe('the declaration kit', () => {
  const declarations = {
    level: { rule: choiceRule(['low', 'HIGH'], 'LEVEL'), doc: 'How much', default: 'low', flag: 'level' },
    quiet: { rule: BOOLEAN_RULE, doc: 'Says less' },
  } as const satisfies OptionDeclarations;

  it('reads only the options that have a flag, a choice whatever its case', () => {
    expect(fromFlags(declarations, { level: 'high', quiet: 'true' })).toEqual({ level: 'HIGH' });
    expect(fromFlags(declarations, { level: 'medium' })).toEqual({ level: 'medium' });
  });

  it('names an option without a flag by its key on the command line', () => {
    const names = namedByFlag(declarations);
    expect([names('level'), names('quiet'), names.again('quiet')]).toEqual(['--level', 'quiet', 'quiet']);
    expect(() => checkOptions(declarations, { level: 'medium' }, names)).toThrow(
      '--level must be one of low, HIGH, got "medium" (a string)',
    );
    expect(checkOptions(declarations, {}, names)).toEqual({ level: 'low', quiet: undefined });
  });

  it('checkedCorsOrigin, the public check of one origin, names corsOrigin after the caller', () => {
    expect(checkedCorsOrigin('myTool', 'https://app.example.com')).toBe('https://app.example.com');
    expect(() => checkedCorsOrigin('myTool', 'app.example.com')).toThrow(
      /^myTool: corsOrigin must be a non-empty origin such as "https:\/\/app\.example\.com" or "\*"/,
    );
  });
});

describe('the documentation states what the declarations say', () => {
  /** `- \`key\` (default: …)` or `(required)`: the bullet of an option list. */
  function bullet(text: string, key: string): string {
    const line = text.split('\n').find((candidate) => candidate.startsWith(`- \`${key}\` (`));
    if (line === undefined) throw new Error(`no bullet for ${key}`);
    return line;
  }

  function documentedDefault(declaration: OptionDeclaration): string {
    if (declaration.required) return '(required)';
    return declaration.default === undefined
      ? '(default: none)'
      : `(default: \`${String(declaration.default)}\`)`;
  }

  it.each(GENERATOR)('docs/generate.md lists %s with its default', (key, declaration) => {
    expect(bullet(page('generate.md'), key)).toContain(documentedDefault(declaration));
  });

  it.each(PLUGIN)('docs/serverless.md lists %s with its default', (key, declaration) => {
    const line = bullet(page('serverless.md'), key);
    if (declaration.defaultDoc === undefined) expect(line).toContain(documentedDefault(declaration));
  });

  it.each(entries(GATEWAY_RESPONSES_OPTIONS))(
    'docs/gateway-responses.md’s table gives %s’s default',
    (key, declaration) => {
      const row = page('gateway-responses.md')
        .split('\n')
        .find((line) => line.startsWith(`| \`${key}\` `));
      const shown = defaultDoc(declaration);
      expect(row?.split('|')[2]?.trim()).toBe(shown === 'none' ? 'none' : `\`${shown}\``);
    },
  );

  it.each(GENERATOR)('docs/cli.md’s table gives %s’s flag and default', (key, declaration) => {
    const row = page('cli.md')
      .split('\n')
      .find((line) => line.startsWith(`| \`--${declaration.flag} `));
    expect(row).toContain(`\`${key}\``);
    if (declaration.rule.range !== undefined) expect(row).toContain(declaration.rule.range);
    const cells = row?.split('|').map((cell) => cell.trim()) ?? [];
    if (typeof declaration.default === 'number') expect(cells.at(-2)).toBe(String(declaration.default));
  });
});
