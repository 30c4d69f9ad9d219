import { OUTPUT_FORMATS } from '../generate/emitters/index.js';

export const USAGE = `Usage: lambda-error-map generate --format <format> [--catalog FILE] [--out FILE]
                                 [--cors-origin ORIGIN] [--no-gateway-responses]

Writes the integration responses of a Lambda custom (non-proxy) integration for an error catalog:
selection patterns, method responses and response mapping templates; and the REST API's Gateway
Responses, so errors API Gateway raises itself (429, 403, 504...) have the same problem+json shape.

Options:
  -f, --format   ${Object.keys(OUTPUT_FORMATS).join(' | ')}
  -c, --catalog  JSON file of kind definitions, or JavaScript module exporting a catalog as
                 "catalog" or default (TypeScript: on Node 22.6+ run with
                 NODE_OPTIONS=--experimental-strip-types). Default: the built-in catalog.
  -o, --out      File to write (written whole, or not at all). Default: standard output.
  --cors-origin  Access-Control-Allow-Origin on every response: one origin
                 (https://app.example.com) or *.
  --no-gateway-responses
                 Leave the Gateway Responses out.
  -h, --help     Show this help.
  -v, --version  Show the version.

Exit codes: 0 done, 2 bad input (one line on stderr says what and how to fix it).
`;
