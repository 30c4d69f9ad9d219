/**
 * The lint report as SARIF 2.1.0, the format code-scanning services read (GitHub's `upload-sarif`, Azure
 * DevOps, GitLab's converters): one rule per kind of finding with its help text, one result per finding
 * with its message, its counterexample and the line of its method in the file read; each method lint left
 * alone (asynchronous, unreadable) is a `not-checked` tool execution notification of level `note`.
 */
import { createHash } from 'node:crypto';
import type { SkippedMethod } from '../existing-api/read-responses.js';
import { FINDING_KINDS } from './finding-kinds.js';
import { quoted } from './format-report.js';
import { LazyArray, prettyJson, writePrettyJson } from './json-stream.js';
import type { Finding, FindingCode, LintReport } from './lint-types.js';

export interface SarifOptions {
  /** The file linted, as the user named it: relative paths stay relative (to the repository root in CI). */
  readonly file: string;
  readonly toolVersion: string;
}

const INFORMATION_URI = 'https://github.com/lambda-error-map/lambda-error-map/blob/main/docs/lint.md';
const CODES = Object.keys(FINDING_KINDS) as FindingCode[];
const NOT_CHECKED = 'not-checked';

export function formatLintSarif(report: LintReport, options: SarifOptions): string {
  return prettyJson(sarifLog(report, options));
}

/** formatLintSarif's text through `write`, each result made as it is written. */
export function writeLintSarif(
  report: LintReport,
  options: SarifOptions,
  write: (chunk: string) => void,
): void {
  writePrettyJson(sarifLog(report, options), write);
}

function sarifLog(report: LintReport, options: SarifOptions) {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lambda-error-map',
            version: options.toolVersion,
            informationUri: INFORMATION_URI,
            rules: CODES.map((code) => rule(code)),
            notifications: [
              {
                id: NOT_CHECKED,
                name: 'NotChecked',
                shortDescription: { text: 'A method lint left alone, with why' },
                defaultConfiguration: { level: 'note' },
              },
            ],
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: report.skipped.map((method) => notChecked(method, options.file)),
          },
        ],
        artifacts: [{ location: { uri: artifactUri(options.file) } }],
        results: new LazyArray(function* () {
          for (const finding of report.findings) yield result(finding, options.file);
        }),
      },
    ],
  };
}

function rule(code: FindingCode) {
  const kind = FINDING_KINDS[code];
  return {
    id: code,
    name: code.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase()),
    shortDescription: { text: kind.title },
    fullDescription: { text: kind.help },
    help: { text: kind.help },
    helpUri: `${INFORMATION_URI}#what-it-reports`,
    defaultConfiguration: { level: kind.level },
  };
}

function result(finding: Finding, file: string) {
  const counterexample =
    finding.counterexample === undefined
      ? ''
      : ` Counterexample errorMessage: ${quoted(finding.counterexample)}.`;
  return {
    ruleId: finding.code,
    ruleIndex: CODES.indexOf(finding.code),
    level: FINDING_KINDS[finding.code].level,
    message: { text: `${finding.method}: ${finding.message}.${counterexample}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(file), index: 0 },
          ...(finding.line === undefined ? {} : { region: { startLine: finding.line } }),
        },
        logicalLocations: [{ fullyQualifiedName: finding.method, kind: 'function' }],
      },
    ],
    // Stable across runs and line moves: code scanning matches alerts by it.
    partialFingerprints: {
      'lambdaErrorMap/v1': createHash('sha256')
        .update(JSON.stringify([finding.code, finding.method, finding.statuses, finding.patterns]))
        .digest('hex'),
    },
    properties: {
      method: finding.method,
      statuses: finding.statuses,
      patterns: finding.patterns,
      evidence: finding.evidence,
      ...(finding.counterexample === undefined ? {} : { counterexample: finding.counterexample }),
      ...(finding.examples === undefined ? {} : { examples: finding.examples }),
    },
  };
}

function notChecked(method: SkippedMethod, file: string) {
  return {
    descriptor: { id: NOT_CHECKED, index: 0 },
    level: 'note',
    message: { text: `${method.where}: not checked: ${method.reason}` },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: artifactUri(file), index: 0 } },
        logicalLocations: [{ fullyQualifiedName: method.where }],
      },
    ],
  };
}

/** A URI reference: forward slashes, each segment percent-encoded; an absolute path becomes a file: URI. */
function artifactUri(file: string): string {
  const posix = file.replaceAll('\\', '/');
  const encoded = posix.split('/').map(encodeURIComponent).join('/');
  return posix.startsWith('/') ? `file://${encoded}` : encoded.replace(/^\.\//, '');
}
