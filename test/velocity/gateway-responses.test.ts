// biome-ignore-all lint/suspicious/noTemplateCurlyInString: VTL text, not JavaScript templates
/**
 * The Gateway Responses `lambda-error-map generate --format cloudformation --cors-origin ...` prints, rendered by
 * Apache Velocity 1.7 with the message API Gateway really sends for each type, and by our emulator
 * (`respondGateway`): the same body, and the body and headers a client must get.
 * Run with `npm run test:velocity` (needs Debian's velocity and libjackson2-databind-java).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from '../../src/cli/run-cli.js';
import {
  type CloudFormationGatewayResponse,
  GATEWAY_RESPONSE_TYPES,
  type GatewayResponseModel,
  gatewayResponses,
} from '../../src/generate/index.js';
import { defaultCatalog, defineErrorCatalog } from '../../src/index.js';
import { AWS_GATEWAY_MESSAGES, respondGateway } from '../../src/testing/index.js';
import { renderWithVelocity, type VelocityResult } from './apache-velocity.js';

const REQUEST_ID = 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef';
const ORIGIN = 'https://app.example.com';

interface Case {
  readonly name: string;
  readonly responseType: string;
  readonly message: string | null;
  /** The status API Gateway sends: the type's own, or (DEFAULT_*) one it chose. */
  readonly status: number;
}

/** Every type with API Gateway's message, plus messages that stress the JSON string literal. */
function cases(): Case[] {
  const list: Case[] = Object.entries(GATEWAY_RESPONSE_TYPES).map(([responseType, status]) => ({
    name: responseType,
    responseType,
    message: AWS_GATEWAY_MESSAGES[responseType] ?? null,
    status: status ?? (responseType === 'DEFAULT_4XX' ? 404 : 502),
  }));
  list.push(
    {
      name: 'message with VTL-looking text',
      responseType: 'BAD_REQUEST_BODY',
      message: '#set($x = 1) $context.requestId ${a} \\$b',
      status: 400,
    },
    {
      name: 'non-ASCII and separators',
      responseType: 'ACCESS_DENIED',
      message: 'é 中文 😀 ls\u2028 ps\u2029 tab\t nul\u0000',
      status: 403,
    },
  );
  return list;
}

function fromCloudFormation(resource: CloudFormationGatewayResponse): GatewayResponseModel {
  const { ResponseType, StatusCode, ResponseParameters, ResponseTemplates } = resource.Properties;
  return {
    responseType: ResponseType,
    statusCode: StatusCode,
    responseParameters: ResponseParameters ?? {},
    responseTemplates: ResponseTemplates ?? {},
  };
}

async function generatedGatewayResponses(args: string[]): Promise<GatewayResponseModel[]> {
  let stdout = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: () => {},
    cwd: process.cwd(),
  });
  expect(code).toBe(0);
  const resources = Object.values(JSON.parse(stdout).Resources) as { Type: string }[];
  return resources
    .filter(
      (resource): resource is CloudFormationGatewayResponse =>
        resource.Type === 'AWS::ApiGateway::GatewayResponse',
    )
    .map(fromCloudFormation);
}

function messageString(message: string | null): string {
  return message === null ? 'null' : JSON.stringify(message);
}

let responses: GatewayResponseModel[];
let rendered: {
  readonly testCase: Case;
  readonly velocity: VelocityResult;
  readonly response: GatewayResponseModel;
}[];

beforeAll(async () => {
  responses = await generatedGatewayResponses([
    'generate',
    '--format',
    'cloudformation',
    '--cors-origin',
    ORIGIN,
  ]);
  const all = cases().map((testCase) => ({
    testCase,
    response: responses.find(
      (response) => response.responseType === testCase.responseType,
    ) as GatewayResponseModel,
  }));
  const results = await renderWithVelocity(
    all.map(({ testCase, response }) => ({
      template: response.responseTemplates['application/json'] as string,
      requestId: REQUEST_ID,
      context: {
        error: {
          message: testCase.message ?? '',
          messageString: messageString(testCase.message),
          responseType: testCase.responseType,
        },
      },
    })),
  );
  rendered = all.map((entry, i) => ({ ...entry, velocity: results[i] as VelocityResult }));
});

describe('generated Gateway Responses under Apache Velocity 1.7', () => {
  it('covers every response type', () => {
    expect(responses.map((response) => response.responseType).sort()).toEqual(
      Object.keys(GATEWAY_RESPONSE_TYPES).sort(),
    );
  });

  it('INVALID_SIGNATURE carries a multi-line message with quotes and backslashes', () => {
    const message = AWS_GATEWAY_MESSAGES.INVALID_SIGNATURE as string;
    expect(message).toMatch(/\n/);
    expect(message).toMatch(/'/);
    expect(message).toMatch(/"/);
    expect(message).toMatch(/\\/);
  });

  it('renders, for every type, exactly the body the emulator renders', () => {
    for (const { testCase, velocity } of rendered) {
      const client = respondGateway(responses, {
        responseType: testCase.responseType,
        requestId: REQUEST_ID,
        message: testCase.message,
        status: testCase.status,
      });
      expect({ name: testCase.name, velocity }).toEqual({
        name: testCase.name,
        velocity: { kind: 'rendered', output: client.body, statusOverride: undefined, headerOverrides: {} },
      });
    }
  });

  it('gives each type its own status, a problem+json body, the request id, CORS, and Retry-After on THROTTLED only', () => {
    for (const { testCase, velocity, response } of rendered) {
      if (velocity.kind !== 'rendered') throw new Error(`${testCase.name}: ${velocity.kind}`);
      const status = response.statusCode === undefined ? testCase.status : Number(response.statusCode);
      const own: number | undefined =
        GATEWAY_RESPONSE_TYPES[testCase.responseType as keyof typeof GATEWAY_RESPONSE_TYPES];
      expect({ name: testCase.name, status }).toEqual({
        name: testCase.name,
        status: own ?? testCase.status,
      });
      const body = JSON.parse(velocity.output);
      const kind = defaultCatalog.kindForStatus(own ?? (testCase.responseType === 'DEFAULT_4XX' ? 400 : 500));
      expect(body).toMatchObject({
        type: kind?.type,
        title: kind?.title,
        detail: testCase.message,
        requestId: REQUEST_ID,
        gatewayResponseType: testCase.responseType,
      });
      // DEFAULT_4XX/5XX cannot know the status API Gateway chose: they leave the member out rather than lie.
      if (own === undefined) expect(body).not.toHaveProperty('status');
      else expect(body.status).toBe(status);
      expect(response.responseParameters['gatewayresponse.header.Content-Type']).toBe(
        "'application/problem+json'",
      );
      expect(response.responseParameters['gatewayresponse.header.Access-Control-Allow-Origin']).toBe(
        `'${ORIGIN}'`,
      );
      const retryAfter = response.responseParameters['gatewayresponse.header.Retry-After'];
      if (testCase.responseType === 'THROTTLED') {
        expect(retryAfter).toBe("'1'");
        expect(body.retryAfter).toBe(1);
      } else {
        expect(retryAfter).toBeUndefined();
      }
    }
  });

  it('keeps a catalog title holding $ and # as text, in Velocity as in the emulator', async () => {
    const catalog = defineErrorCatalog(
      {
        Throttled: {
          status: 429,
          title: '#set($x = 1) $context.requestId costs $5',
          type: 'https://example.com/#429',
        },
      },
      { base: null },
    );
    const response = gatewayResponses(catalog).find(
      (r) => r.responseType === 'THROTTLED',
    ) as GatewayResponseModel;
    const [velocity] = await renderWithVelocity([
      {
        template: response.responseTemplates['application/json'] as string,
        requestId: REQUEST_ID,
        context: {
          error: {
            message: 'Too Many Requests',
            messageString: '"Too Many Requests"',
            responseType: 'THROTTLED',
          },
        },
      },
    ]);
    const client = respondGateway([response], { responseType: 'THROTTLED', requestId: REQUEST_ID });
    expect(velocity).toMatchObject({ kind: 'rendered', output: client.body });
    expect(JSON.parse(client.body)).toMatchObject({
      title: '#set($x = 1) $context.requestId costs $5',
      type: 'https://example.com/#429',
    });
  });
});
