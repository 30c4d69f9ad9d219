import { OUTPUT_FORMATS } from '../generate/emitters/index.js';

export const USAGE = `Usage: lambda-error-map generate --format <format> [--catalog FILE] [--out FILE]

Writes the integration responses of a Lambda custom (non-proxy) integration for an error catalog:
selection patterns, method responses and response mapping templates.

Options:
  -f, --format   ${Object.keys(OUTPUT_FORMATS).join(' | ')}
  -c, --catalog  JSON file of kind definitions, or JavaScript module exporting a catalog as
                 "catalog" or default (TypeScript: on Node 22.6+ run with
                 NODE_OPTIONS=--experimental-strip-types). Default: the built-in catalog.
  -o, --out      File to write (written whole, or not at all). Default: standard output.
  -h, --help     Show this help.
  -v, --version  Show the version.

Exit codes: 0 done, 2 bad input (one line on stderr says what and how to fix it).
`;
