import { OUTPUT_FORMATS } from '../generate/emitters/index.js';

export const USAGE = `Usage: lambda-error-map generate --format <format> [--catalog FILE] [--out FILE]
       lambda-error-map lint --template FILE [--format text|json]
       lambda-error-map explain --template FILE (--message TEXT | --message-file FILE) [--format text|json]

generate  Writes the integration responses of a Lambda custom (non-proxy) integration for an error catalog:
          selection patterns, method responses and response mapping templates.
lint      Checks the non-proxy Lambda methods of a serverless.yml: patterns two messages share, patterns
          matching successes, errors no pattern routes (timeouts, crashes), \`.\` and line breaks, forgeable
          tags, syntax Java and JavaScript read differently, super-linear patterns, templates echoing the
          raw error. Each finding comes with a counterexample message.
explain   Shows which integration response an errorMessage selects on each method, and the status and
          body the client receives.

Options:
  -f, --format   generate: ${Object.keys(OUTPUT_FORMATS).join(' | ')}
                 lint, explain: text (default) | json
  -c, --catalog  JSON file of kind definitions, or JavaScript module exporting a catalog as
                 "catalog" or default (TypeScript: on Node 22.6+ run with
                 NODE_OPTIONS=--experimental-strip-types). Default: the built-in catalog.
  -o, --out      File to write (written whole, or not at all). Default: standard output.
  -t, --template The serverless.yml to read (lint, explain).
  -m, --message  The errorMessage to explain.
  --message-file File holding the errorMessage to explain (one final line break is dropped).
  -h, --help     Show this help.
  -v, --version  Show the version.

Exit codes: 0 done (lint: no finding), 1 lint findings, 2 bad input (one line on stderr says what and how
to fix it).
`;
