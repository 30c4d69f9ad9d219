// biome-ignore-all lint/suspicious/noTemplateCurlyInString: VTL and Terraform template text, not JavaScript templates
import {
  gatewayResponses,
  type IntegrationResponsesModel,
  integrationResponses,
} from '../../../src/generate/index.js';
import { defaultCatalog, defineErrorCatalog } from '../../../src/index.js';

/** Every character class an emitter must escape for its target, in one template. */
export const HOSTILE_TEXT =
  '#set($x = "${a}") %{ if } $${b} %%{c} \'single\' "double" back\\slash \\[404\\] tab\there\r\nCRLF ' +
  'NUL\u0000 DEL\u007f NEL\u0085 LS\u2028 PS\u2029 BOM\ufeff é 😀 yes on ~ : - # {} [] & * ! | > @ `\n  indented\n\n';

/** The real model of the default catalog, with a CORS origin so every response has two headers. */
export const defaultModel: IntegrationResponsesModel = integrationResponses(defaultCatalog, {
  corsOrigin: 'https://app.example.com',
});

/** A model whose every string is hostile, to prove the escaping of each target round-trips. */
export const hostileModel: IntegrationResponsesModel = {
  integrationResponses: [
    ...defaultModel.integrationResponses,
    {
      statusCode: '599',
      selectionPattern: `\\[599\\] \\{[\\s\\S]*${HOSTILE_TEXT.replaceAll('\u0000', '')}`,
      responseTemplates: { 'application/json': HOSTILE_TEXT, 'text/plain': "it's ${here}" },
      responseParameters: { 'method.response.header.X-Quote': "'it''s'" },
    },
  ],
  methodResponses: [
    ...defaultModel.methodResponses,
    { statusCode: '599', responseParameters: { 'method.response.header.X-Quote': true } },
  ],
};

export const customCatalog = defineErrorCatalog({ OrderNotFound: { status: 404 }, Teapot: { status: 418 } });

/** The default model with the default catalog's Gateway Responses, CORS fully configured. */
export const gatewayModel: IntegrationResponsesModel = {
  ...defaultModel,
  gatewayResponses: gatewayResponses(defaultCatalog, {
    corsOrigin: 'https://app.example.com',
    corsAllowHeaders: ['Content-Type', 'Authorization'],
    corsAllowCredentials: true,
  }),
};

/** Hostile strings in a Gateway Response's template and header, beside the real ones. */
export const hostileGatewayModel: IntegrationResponsesModel = {
  ...hostileModel,
  gatewayResponses: (gatewayModel.gatewayResponses ?? []).map((response) =>
    response.responseType === 'WAF_FILTERED'
      ? {
          ...response,
          responseTemplates: { 'application/json': HOSTILE_TEXT, 'text/plain': "it's ${here}" },
          responseParameters: { 'gatewayresponse.header.X-Quote': "'it''s'" },
        }
      : response,
  ),
};
