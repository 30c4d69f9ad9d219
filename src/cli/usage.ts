import { OUTPUT_FORMATS } from '../generate/emitters/formats.js';

export const USAGE = `Usage: lambda-error-map generate --format <format> [options]
       lambda-error-map apply --template FILE [--catalog FILE] [--out FILE] [--cors-origin ORIGIN]
                              [--no-gateway-responses]
       lambda-error-map lint --template FILE [--format text|json|sarif]
       lambda-error-map explain --template FILE (--message TEXT | --message-file FILE) [--format text|json]

generate writes the integration responses of a Lambda custom (non-proxy) integration for an error catalog:
selection patterns, method responses and response mapping templates; and the REST API's Gateway
Responses, so errors API Gateway raises itself (429, 403, 504...) have the same problem+json shape.
apply fills every non-proxy Lambda method of a CloudFormation/SAM template (JSON or YAML) or OpenAPI
document with them and adds the Gateway Responses to every REST API it defines, in place unless --out
is given; proxy methods, your own Gateway Responses and everything else stay as written.
lint checks the non-proxy Lambda methods of a serverless.yml, CloudFormation/SAM template (or the
.serverless CloudFormation output) or OpenAPI document: patterns two messages share, patterns matching
successes, errors no pattern routes (timeouts, crashes), \`.\` and line breaks, forgeable tags, syntax Java
and JavaScript read differently, super-linear patterns, templates echoing the raw error. Each finding comes
with a counterexample message.
explain shows which integration response an errorMessage selects on each method, and the status and body
the client receives.

Options:
  -f, --format            generate: ${Object.keys(OUTPUT_FORMATS).join(' | ')}
                          lint: text (default) | json | sarif (SARIF 2.1.0, for code scanning)
                          explain: text (default) | json
  -c, --catalog           JSON file of kind definitions, or JavaScript module exporting a catalog as
                          "catalog" or default (TypeScript: on Node 22.6+ run with
                          NODE_OPTIONS=--experimental-strip-types). Default: the built-in catalog.
  -o, --out               File to write (written whole, or not at all; folders are created).
                          Default: standard output (generate), the template itself (apply).
  -t, --template          apply: the CloudFormation/SAM template or OpenAPI document to fill;
                          lint, explain: that, a serverless.yml, or .serverless/*.json to read.
  -m, --message           explain: the errorMessage to explain.
      --message-file      explain: file holding the errorMessage (one final line break is dropped).
      --success-status    Status of successful invocations, 200-399. Default 200.
      --success-template  VTL template of the success response. Default: the result unchanged.
      --timeout-status    Status of Lambda timeouts, 400-599. Default 504.
      --catch-all-status  Status of untagged errors (crashes, unwrapped handlers), 400-599. Default 500.
      --cors-origin       Access-Control-Allow-Origin on every response: one origin
                          (https://app.example.com) or *.
      --no-gateway-responses
                          Leave the Gateway Responses out.
      --http-method       GET | POST | PUT | DELETE | PATCH | HEAD | OPTIONS | ANY (cloudformation,
                          cloudformation-yaml, openapi, terraform, aws-cli). Default POST.
      --path              Path of the operation (openapi), e.g. /orders/{id}. Default /example.
      --function          The function: its ARN, its invocation URI, or (cloudformation) its logical id.
  -h, --help              Show this help.
  -v, --version           Show the version.

Exit codes: 0 done (lint: no finding), 1 lint findings, 2 bad input (one line on stderr says what and how
to fix it).
`;
