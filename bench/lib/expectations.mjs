// What each variant must answer on each path. The bench refuses to time a variant that answers wrong.
import { lambdaContext, restV1Event } from './events.mjs';
import { NOT_FOUND_DETAIL, SECRET } from './thrown-values.mjs';
import { FALLBACK_MESSAGE, PREBUILT_TAGGED_MESSAGE, SUCCESS_BODY } from './variants.mjs';

const REST_V1_KEYS = new Set(['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded']);

/** The status each path must end in, for the variants that map errors to statuses. */
const PROBLEM_STATUS = {
  catalog404: 404,
  httpErrors404: 404,
  plainError: 500,
  sdkThrottle: 503,
  buildCatalog404: 404,
  buildHttpErrors404: 404,
};
// A hand-written catch knows only `statusCode`: the SDK's throttle has none, so it becomes a 500.
const BASELINE_STATUS = { ...PROBLEM_STATUS, sdkThrottle: 500 };
const KIND_FOR_STATUS = { 404: 'NotFound', 500: 'InternalServerError', 503: 'ServiceUnavailable' };

// The 404 body the middleware writes for the bench's event and context; the same-body floor must write it too.
const SAME_BODY_404 = JSON.stringify({
  type: 'about:blank',
  title: 'Not Found',
  status: 404,
  detail: NOT_FOUND_DETAIL,
  instance: restV1Event('42').path,
  requestId: lambdaContext().awsRequestId,
});

function header(response, name) {
  const key = Object.keys(response.headers ?? {}).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : response.headers[key];
}

function parseJson(text, problems) {
  try {
    return JSON.parse(text);
  } catch {
    problems.push(`body is not JSON: ${String(text).slice(0, 80)}`);
    return undefined;
  }
}

function expectEqual(problems, what, actual, expected) {
  if (actual !== expected)
    problems.push(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

function checkRestV1Shape(response, problems) {
  if (response === null || typeof response !== 'object' || 'rejected' in response) {
    problems.push(`expected a REST v1 response, got ${describe(response)}`);
    return false;
  }
  for (const key of Object.keys(response)) {
    if (!REST_V1_KEYS.has(key))
      problems.push(`key ${JSON.stringify(key)} is not allowed in a REST v1 response`);
  }
  if (typeof response.body !== 'string') problems.push(`body must be a string, got ${typeof response.body}`);
  if (JSON.stringify(response).includes(SECRET)) problems.push('the response leaks the 5xx message');
  return true;
}

function describe(value) {
  if (value && typeof value === 'object' && 'rejected' in value) return `a rejection: ${value.rejected}`;
  return JSON.stringify(value)?.slice(0, 120) ?? String(value);
}

function checkSuccess(response, problems) {
  if (!checkRestV1Shape(response, problems)) return;
  expectEqual(problems, 'statusCode', response.statusCode, 200);
  expectEqual(problems, 'body', response.body, SUCCESS_BODY);
}

function checkProblem(response, status, problems) {
  if (!checkRestV1Shape(response, problems)) return;
  expectEqual(problems, 'statusCode', response.statusCode, status);
  expectEqual(problems, 'Content-Type', header(response, 'content-type'), 'application/problem+json');
  const body = parseJson(response.body, problems);
  if (body === undefined) return;
  expectEqual(problems, 'body.status', body.status, status);
  // A 5xx may carry a generic detail; that it never carries the secret is checked with the shape.
  if (status === 404) expectEqual(problems, 'body.detail', body.detail, NOT_FOUND_DETAIL);
}

function checkHttpErrorHandler(response, path, problems) {
  if (!checkRestV1Shape(response, problems)) return;
  const notFound = PROBLEM_STATUS[path] === 404;
  expectEqual(problems, 'statusCode', response.statusCode, notFound ? 404 : 500);
  expectEqual(problems, 'body', response.body, notFound ? NOT_FOUND_DETAIL : FALLBACK_MESSAGE);
  expectEqual(problems, 'Content-Type', header(response, 'content-type'), 'text/plain');
}

const TAG = /^\[(\d{3})\] (\{.*\})$/;

function checkTagged(outcome, path, problems) {
  if (!outcome || typeof outcome !== 'object' || !('rejected' in outcome)) {
    problems.push(`expected a rethrown tagged error, got ${describe(outcome)}`);
    return;
  }
  const { message, name } = outcome.rejected;
  const status = PROBLEM_STATUS[path];
  const match = TAG.exec(message);
  if (match === null || message.includes('\n')) {
    problems.push(`errorMessage is not "[status] {single-line JSON}": ${String(message).slice(0, 120)}`);
    return;
  }
  expectEqual(problems, 'tag', Number(match[1]), status);
  expectEqual(problems, 'name', name, KIND_FOR_STATUS[status]);
  if (message.includes(SECRET)) problems.push('the errorMessage leaks the 5xx message');
  const body = parseJson(match[2], problems);
  if (body !== undefined) expectEqual(problems, 'json.status', body.status, status);
}

function checkRethrow(outcome, problems) {
  if (outcome?.rejected?.message !== PREBUILT_TAGGED_MESSAGE)
    problems.push(`expected the prebuilt error rethrown, got ${describe(outcome)}`);
}

function checkFreshError(outcome, problems) {
  checkRethrow(outcome, problems);
  if (outcome?.rejected?.cause === undefined) problems.push('expected the fresh error to carry its cause');
}

/** The problems with one outcome of `variant` on `path` (empty when it is right). */
export function problemsWith(variant, path, outcome) {
  const problems = [];
  if (path === 'success') checkSuccess(outcome, problems);
  else if (variant === 'baseline' || variant.startsWith('handWritten'))
    checkProblem(outcome, BASELINE_STATUS[path], problems);
  else if (variant.startsWith('httpErrorHandler')) checkHttpErrorHandler(outcome, path, problems);
  else if (variant.startsWith('proxy')) checkProblem(outcome, PROBLEM_STATUS[path], problems);
  else if (variant.startsWith('tagged')) checkTagged(outcome, path, problems);
  else if (variant === 'rethrow') checkRethrow(outcome, problems);
  else if (variant === 'freshError') checkFreshError(outcome, problems);
  else problems.push(`no expectation for variant ${variant} on path ${path}`);
  if (path === 'catalog404' && (variant === 'proxy' || variant === 'handWrittenSameBody'))
    expectEqual(problems, 'body', outcome?.body, SAME_BODY_404);
  return problems;
}

/** Invokes every case a few times (over different pool entries) and lists what is wrong. */
export async function checkCorrectness(cases, event, context, invocations = 3) {
  const failures = [];
  for (const testCase of cases) {
    for (let i = 0; i < invocations; i++) {
      const problems = problemsWith(testCase.variant, testCase.path, await testCase.invoke(event, context));
      if (problems.length > 0) {
        failures.push(`${testCase.id}: ${problems.join('; ')}`);
        break;
      }
    }
  }
  return failures;
}
