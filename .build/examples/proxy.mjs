import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);

// node_modules/@middy/core/index.js
import { setTimeout } from "node:timers";

// node_modules/@middy/core/executionModeStandard.js
var executionModeStandard = ({ middyRequest, runRequest: runRequest2 }, beforeMiddlewares, lambdaHandler, afterMiddlewares, onErrorMiddlewares, plugin) => {
  const middy2 = async (event, context) => {
    const request = middyRequest(event, context);
    plugin.requestStart(request);
    let handlerError;
    let hasError = false;
    let response;
    try {
      response = await runRequest2(
        request,
        beforeMiddlewares,
        lambdaHandler,
        afterMiddlewares,
        onErrorMiddlewares,
        plugin
      );
    } catch (err) {
      handlerError = err;
      hasError = true;
    }
    try {
      const requestEndResult = plugin.requestEnd(request);
      if (requestEndResult instanceof Promise) await requestEndResult;
    } catch (hookErr) {
      if (hasError) {
        if (typeof handlerError === "object" && handlerError !== null) {
          handlerError.cause ??= hookErr;
        }
      } else {
        throw hookErr;
      }
    }
    if (hasError) throw handlerError;
    return response;
  };
  middy2.handler = (replaceLambdaHandler) => {
    lambdaHandler = replaceLambdaHandler;
    return middy2;
  };
  return middy2;
};

// node_modules/@middy/core/index.js
var name = "core";
var pkg = `@middy/${name}`;
var defaultLambdaHandler = () => {
};
var noop = () => {
};
var defaultPluginConfig = {
  timeoutEarlyInMillis: 5,
  timeoutEarlyResponse: () => {
    const err = new Error("[AbortError]: The operation was aborted.", {
      cause: { package: pkg }
    });
    err.name = "TimeoutError";
    throw err;
  },
  executionMode: executionModeStandard
};
var middy = (setupLambdaHandler, pluginConfig) => {
  let lambdaHandler;
  let plugin;
  if (typeof setupLambdaHandler === "function") {
    lambdaHandler = setupLambdaHandler;
    plugin = { ...defaultPluginConfig, ...pluginConfig };
  } else {
    lambdaHandler = defaultLambdaHandler;
    plugin = { ...defaultPluginConfig, ...setupLambdaHandler };
  }
  plugin.timeoutEarly = plugin.timeoutEarlyInMillis > 0;
  plugin.requestStart ??= noop;
  plugin.requestEnd ??= noop;
  plugin.beforeHandler ??= noop;
  plugin.afterHandler ??= noop;
  plugin.beforePrefetch?.();
  const beforeMiddlewares = [];
  const afterMiddlewares = [];
  const onErrorMiddlewares = [];
  const middyRequest = (event = {}, context = {}) => {
    return {
      event,
      context,
      response: void 0,
      error: void 0,
      internal: plugin.internal ? Object.assign(/* @__PURE__ */ Object.create(null), plugin.internal) : /* @__PURE__ */ Object.create(null)
    };
  };
  const middy2 = plugin.executionMode(
    { middyRequest, runRequest },
    beforeMiddlewares,
    lambdaHandler,
    afterMiddlewares,
    onErrorMiddlewares,
    plugin
  );
  middy2.use = (inputMiddleware) => {
    const middlewares = Array.isArray(inputMiddleware) ? inputMiddleware : [inputMiddleware];
    const befores = [];
    const afters = [];
    const onErrors = [];
    for (const middleware of middlewares) {
      const { before, after, onError } = middleware;
      if (!before && !after && !onError) {
        throw new Error(
          'Middleware must be an object containing at least one key among "before", "after", "onError"',
          {
            cause: { package: pkg }
          }
        );
      }
      if (before) befores.push(before);
      if (after) afters.push(after);
      if (onError) onErrors.push(onError);
    }
    beforeMiddlewares.push(...befores);
    afterMiddlewares.unshift(...afters.reverse());
    onErrorMiddlewares.unshift(...onErrors.reverse());
    return middy2;
  };
  middy2.before = (beforeMiddleware) => {
    beforeMiddlewares.push(beforeMiddleware);
    return middy2;
  };
  middy2.after = (afterMiddleware) => {
    afterMiddlewares.unshift(afterMiddleware);
    return middy2;
  };
  middy2.onError = (onErrorMiddleware) => {
    onErrorMiddlewares.unshift(onErrorMiddleware);
    return middy2;
  };
  return middy2;
};
var runRequest = async (request, beforeMiddlewares, lambdaHandler, afterMiddlewares, onErrorMiddlewares, plugin) => {
  let timeoutID;
  const getRemainingTimeInMillis = request.context.getRemainingTimeInMillis || request.context.lambdaContext?.getRemainingTimeInMillis;
  const timeoutEarly = plugin.timeoutEarly && getRemainingTimeInMillis;
  const beforeMiddlewareHook = plugin.beforeMiddleware;
  const afterMiddlewareHook = plugin.afterMiddleware;
  try {
    for (let i = 0, len = beforeMiddlewares.length; i < len; i++) {
      const nextMiddleware = beforeMiddlewares[i];
      if (beforeMiddlewareHook) beforeMiddlewareHook(nextMiddleware.name);
      let res = nextMiddleware(request);
      if (res instanceof Promise) res = await res;
      if (afterMiddlewareHook) afterMiddlewareHook(nextMiddleware.name);
      if (typeof res !== "undefined") {
        request.earlyResponse = res;
      }
      if ("earlyResponse" in request) {
        request.response = request.earlyResponse;
        break;
      }
    }
    if (!("earlyResponse" in request)) {
      plugin.beforeHandler();
      const handlerAbort = new AbortController();
      const abortOpts = { signal: handlerAbort.signal };
      const handlerResult = lambdaHandler(
        request.event,
        request.context,
        abortOpts
      );
      if (handlerResult instanceof Promise) {
        if (timeoutEarly) {
          let timeoutResolve;
          const timeoutPromise = new Promise((resolve, reject) => {
            timeoutResolve = () => {
              handlerAbort.abort();
              try {
                resolve(plugin.timeoutEarlyResponse());
              } catch (err) {
                reject(err);
              }
            };
          });
          timeoutID = setTimeout(
            timeoutResolve,
            Math.max(
              0,
              getRemainingTimeInMillis() - plugin.timeoutEarlyInMillis
            )
          );
          request.response = await Promise.race([
            handlerResult,
            timeoutPromise
          ]);
        } else {
          request.response = await handlerResult;
        }
      } else {
        request.response = handlerResult;
      }
      if (timeoutID) {
        clearTimeout(timeoutID);
      }
      plugin.afterHandler();
      for (let i = 0, len = afterMiddlewares.length; i < len; i++) {
        const nextMiddleware = afterMiddlewares[i];
        if (beforeMiddlewareHook) beforeMiddlewareHook(nextMiddleware.name);
        let res = nextMiddleware(request);
        if (res instanceof Promise) res = await res;
        if (afterMiddlewareHook) afterMiddlewareHook(nextMiddleware.name);
        if (typeof res !== "undefined") {
          request.earlyResponse = res;
        }
        if ("earlyResponse" in request) {
          request.response = request.earlyResponse;
          break;
        }
      }
    }
  } catch (err) {
    if (timeoutID) {
      clearTimeout(timeoutID);
    }
    request.response = void 0;
    delete request.earlyResponse;
    request.error = err;
    try {
      for (let i = 0, len = onErrorMiddlewares.length; i < len; i++) {
        const nextMiddleware = onErrorMiddlewares[i];
        if (beforeMiddlewareHook) beforeMiddlewareHook(nextMiddleware.name);
        let res = nextMiddleware(request);
        if (res instanceof Promise) res = await res;
        if (afterMiddlewareHook) afterMiddlewareHook(nextMiddleware.name);
        if (typeof res !== "undefined") {
          request.earlyResponse = res;
        }
        if ("earlyResponse" in request) {
          request.response = request.earlyResponse;
          break;
        }
      }
    } catch (err2) {
      if (err2 !== request.error && typeof err2 === "object" && err2 !== null) {
        err2.originalError = request.error;
        err2.cause ??= request.error;
      }
      request.error = err2;
      throw request.error;
    }
    if (typeof request.response === "undefined") throw request.error;
  }
  return request.response;
};
var core_default = middy;

// src/catalog/catalog-error.ts
var CatalogError = class extends Error {
  kind;
  status;
  statusCode;
  expose;
  headers;
  extensions;
  retryAfterSeconds;
  constructor(kind, detail, options) {
    super(detail ?? kind.title, options?.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = kind.kind;
    this.kind = kind.kind;
    this.status = kind.status;
    this.statusCode = kind.status;
    this.expose = kind.expose;
    this.headers = options?.headers;
    this.extensions = options?.extensions;
    this.retryAfterSeconds = options?.retryAfterSeconds ?? kind.retryAfterSeconds;
  }
};

// src/catalog/classify/safe-read.ts
import { isNativeError } from "node:util/types";
function isObjectLike(value) {
  return typeof value === "object" && value !== null || typeof value === "function";
}
function readProperty(target, key) {
  try {
    return target[key];
  } catch {
    return void 0;
  }
}
function readString(target, key) {
  const value = readProperty(target, key);
  return typeof value === "string" ? value : void 0;
}
function readBoolean(target, key) {
  const value = readProperty(target, key);
  return typeof value === "boolean" ? value : void 0;
}
function readObject(target, key) {
  const value = readProperty(target, key);
  return typeof value === "object" && value !== null ? value : void 0;
}
function isErrorInstance(value) {
  try {
    return value instanceof Error || isNativeError(value);
  } catch {
    return false;
  }
}
function ownKeys(target) {
  try {
    return Object.keys(target);
  } catch {
    return [];
  }
}
function isRetryAfterSeconds(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

// src/catalog/classify/detail-text.ts
var MAX_DETAIL_LENGTH = 65536;
function capText(text, maxLength) {
  if (text.length <= maxLength) return text;
  const lastKept = text.charCodeAt(maxLength - 1);
  const end = lastKept >= 55296 && lastKept <= 56319 ? maxLength - 1 : maxLength;
  return text.slice(0, end);
}
function messageOf(error) {
  const message = readString(error, "message");
  return message === void 0 ? "" : capText(message, MAX_DETAIL_LENGTH);
}
function describeNonError(thrown) {
  switch (typeof thrown) {
    case "string":
      return capText(thrown, MAX_DETAIL_LENGTH);
    case "number":
    case "boolean":
      return `Non-error value thrown: ${typeof thrown} ${String(thrown)}`;
    case "bigint":
      return `Non-error value thrown: bigint ${thrown.toString()}n`;
    case "symbol":
      return capText(`Non-error value thrown: ${thrown.toString()}`, MAX_DETAIL_LENGTH);
    case "undefined":
      return "Non-error value thrown: undefined";
    case "function":
      return "Non-error value thrown: [function]";
    default: {
      if (thrown === null) return "Non-error value thrown: null";
      const message = readString(thrown, "message");
      return message === void 0 ? "[object]" : capText(message, MAX_DETAIL_LENGTH);
    }
  }
}

// src/catalog/status-titles.ts
var STATUS_TITLES = {
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  407: "Proxy Authentication Required",
  408: "Request Timeout",
  409: "Conflict",
  410: "Gone",
  411: "Length Required",
  412: "Precondition Failed",
  413: "Content Too Large",
  414: "URI Too Long",
  415: "Unsupported Media Type",
  416: "Range Not Satisfiable",
  417: "Expectation Failed",
  421: "Misdirected Request",
  422: "Unprocessable Content",
  423: "Locked",
  424: "Failed Dependency",
  425: "Too Early",
  426: "Upgrade Required",
  428: "Precondition Required",
  429: "Too Many Requests",
  431: "Request Header Fields Too Large",
  451: "Unavailable For Legal Reasons",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
  505: "HTTP Version Not Supported",
  506: "Variant Also Negotiates",
  507: "Insufficient Storage",
  508: "Loop Detected",
  510: "Not Extended",
  511: "Network Authentication Required"
};
function statusTitle(status) {
  return STATUS_TITLES[status] ?? (status >= 500 ? "Server Error" : "Client Error");
}

// src/catalog/classify/safe-fields.ts
var EMPTY = Object.freeze({});
var HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
var RESERVED_HEADERS = /* @__PURE__ */ new Set(["content-type", "content-length"]);
var RESERVED_MEMBERS = /* @__PURE__ */ new Set(["type", "title", "status", "detail", "instance", "__proto__"]);
var MAX_HEADERS = 64;
var MAX_HEADER_VALUE_LENGTH = 8192;
var MAX_EXTENSIONS = 64;
function hasControlCharacter(value) {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 32 && code !== 9 || code === 127) return true;
  }
  return false;
}
function safeHeaders(source) {
  if (!isObjectLike(source)) return EMPTY;
  let headers;
  let count = 0;
  for (const name2 of ownKeys(source)) {
    if (count >= MAX_HEADERS) break;
    if (!HEADER_NAME.test(name2) || RESERVED_HEADERS.has(name2.toLowerCase())) continue;
    const value = readProperty(source, name2);
    if (typeof value !== "string" || value.length > MAX_HEADER_VALUE_LENGTH) continue;
    if (hasControlCharacter(value)) continue;
    headers ??= {};
    headers[name2] = value;
    count += 1;
  }
  return headers ?? EMPTY;
}
function safeExtensions(source) {
  if (!isObjectLike(source) || typeof source === "function" || Array.isArray(source)) return EMPTY;
  let extensions;
  let count = 0;
  for (const name2 of ownKeys(source)) {
    if (count >= MAX_EXTENSIONS) break;
    if (RESERVED_MEMBERS.has(name2)) continue;
    const value = readProperty(source, name2);
    if (value === void 0 || typeof value === "function" || typeof value === "symbol" || typeof value === "bigint")
      continue;
    extensions ??= {};
    extensions[name2] = value;
    count += 1;
  }
  return extensions ?? EMPTY;
}

// src/catalog/classify/mapped.ts
function kindForStatus(catalog2, status) {
  return catalog2.kindForStatus(status) ?? fallbackKind(status);
}
function fallbackKind(status) {
  return {
    kind: status >= 500 ? "ServerError" : "ClientError",
    status,
    title: statusTitle(status),
    type: "about:blank",
    expose: status < 500,
    retryAfterSeconds: void 0,
    awsExceptions: []
  };
}
function mapped(kind, decision, cause) {
  return {
    kind: kind.kind,
    status: kind.status,
    title: kind.title,
    type: kind.type,
    detail: decision.detail,
    exposed: decision.exposed,
    headers: decision.headers ?? EMPTY,
    retryAfter: decision.retryAfter,
    extensions: decision.extensions ?? EMPTY,
    cause
  };
}
function internalError(catalog2, detail, cause) {
  return mapped(kindForStatus(catalog2, 500), { detail, exposed: false }, cause);
}

// src/catalog/classify/aws-sdk.ts
var CONFLICT_DETAIL = "The request conflicts with the current state of the resource.";
var DEFAULT_THROTTLE_RETRY_AFTER_SECONDS = 1;
var CONFLICTS = /* @__PURE__ */ new Set([
  "ConditionalCheckFailedException",
  "TransactionConflictException",
  "TransactionCanceledException"
]);
var THROTTLES = /* @__PURE__ */ new Set([
  "ThrottlingException",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "TooManyRequestsException",
  "ThrottledException",
  "SlowDown"
]);
function asAwsServiceException(thrown) {
  const fault = readProperty(thrown, "$fault");
  if (fault !== "client" && fault !== "server") return void 0;
  if (readObject(thrown, "$metadata") === void 0) return void 0;
  const name2 = readString(thrown, "name");
  if (name2 === void 0) return void 0;
  const retryable = readObject(thrown, "$retryable");
  const throttling = retryable !== void 0 && readProperty(retryable, "throttling") === true;
  return { name: name2, fault, throttling };
}
function classifyAwsException(exception, thrown, catalog2, isTimeout) {
  const override = catalog2.kindForAwsException(exception.name);
  if (override !== void 0) {
    return mapped(
      override,
      { detail: override.title, exposed: override.expose, retryAfter: override.retryAfterSeconds },
      thrown
    );
  }
  if (CONFLICTS.has(exception.name)) {
    return mapped(kindForStatus(catalog2, 409), { detail: CONFLICT_DETAIL, exposed: true }, thrown);
  }
  const detail = messageOf(thrown);
  if (exception.throttling || THROTTLES.has(exception.name)) {
    const kind = kindForStatus(catalog2, 503);
    const retryAfter = kind.retryAfterSeconds ?? DEFAULT_THROTTLE_RETRY_AFTER_SECONDS;
    return mapped(kind, { detail, exposed: false, retryAfter }, thrown);
  }
  if (isTimeout) return mapped(kindForStatus(catalog2, 504), { detail, exposed: false }, thrown);
  const status = exception.fault === "server" ? 502 : 500;
  return mapped(kindForStatus(catalog2, status), { detail, exposed: false }, thrown);
}

// src/catalog/classify/status-like.ts
function isErrorStatus(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 400 && value <= 599;
}
function readErrorStatus(error) {
  const statusCode = readProperty(error, "statusCode");
  if (isErrorStatus(statusCode)) return statusCode;
  const status = readProperty(error, "status");
  return isErrorStatus(status) ? status : void 0;
}
function namedKind(catalog2, name2, status) {
  if (name2 === void 0) return void 0;
  const kind = catalog2.kind(name2);
  return kind !== void 0 && kind.status === status ? kind : void 0;
}
function retryAfterOf(error, kind) {
  const own = readProperty(error, "retryAfterSeconds");
  return isRetryAfterSeconds(own) ? own : kind.retryAfterSeconds;
}
function classifyNamedKind(error, kind) {
  const decision = {
    detail: messageOf(error),
    exposed: kind.expose,
    headers: safeHeaders(readProperty(error, "headers")),
    retryAfter: retryAfterOf(error, kind),
    extensions: safeExtensions(readProperty(error, "extensions"))
  };
  return mapped(kind, decision, error);
}
function classifyStatusError(error, status, catalog2, extensions) {
  const kind = kindForStatus(catalog2, status);
  const decision = {
    detail: messageOf(error),
    exposed: readBoolean(error, "expose") ?? status < 500,
    headers: safeHeaders(readProperty(error, "headers")),
    retryAfter: retryAfterOf(error, kind),
    extensions: extensions ?? safeExtensions(readProperty(error, "extensions"))
  };
  return mapped(kind, decision, error);
}

// src/catalog/classify/timeout.ts
var TIMEOUT_NAMES = /* @__PURE__ */ new Set(["TimeoutError", "RequestTimeout", "RequestTimeoutException"]);
var NETWORK_CODES = /* @__PURE__ */ new Set([
  "ETIMEDOUT",
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNABORTED",
  "ENETUNREACH"
]);
function isTimeoutOrNetworkError(error, name2) {
  if (name2 !== void 0 && TIMEOUT_NAMES.has(name2)) return true;
  const code = readString(error, "code");
  return code !== void 0 && NETWORK_CODES.has(code);
}

// src/catalog/classify/validator.ts
var VALIDATOR_PACKAGE = "@middy/validator";
var MAX_VALIDATION_ERRORS = 50;
var MAX_VALIDATION_TEXT = 512;
function validatorData(error) {
  const cause = readObject(error, "cause");
  if (cause === void 0 || readProperty(cause, "package") !== VALIDATOR_PACKAGE) return void 0;
  const data = readProperty(cause, "data");
  return Array.isArray(data) ? data : [];
}
function validationIssues(data) {
  const issues = [];
  const length = readProperty(data, "length");
  const count = typeof length === "number" ? Math.min(length, MAX_VALIDATION_ERRORS) : 0;
  for (let i = 0; i < count; i++) {
    const entry = readProperty(data, i);
    if (!isObjectLike(entry)) continue;
    issues.push({
      instancePath: capText(readString(entry, "instancePath") ?? "", MAX_VALIDATION_TEXT),
      message: capText(readString(entry, "message") ?? "is invalid", MAX_VALIDATION_TEXT)
    });
  }
  return issues;
}

// src/catalog/validate-definition.ts
var KIND_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
var CatalogDefinitionError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "CatalogDefinitionError";
  }
};
function describe(value) {
  if (typeof value === "string") return JSON.stringify(value) + " (a string)";
  if (typeof value === "number") return String(value);
  if (value === null) return "null";
  return typeof value;
}
function fail(kind, problem) {
  throw new CatalogDefinitionError(`defineErrorCatalog: kind ${JSON.stringify(kind)}: ${problem}`);
}
function isPlainObject(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
function checkStatus(kind, status) {
  if (typeof status !== "number" || !Number.isInteger(status) || status < 400 || status > 599) {
    fail(kind, `status must be an integer from 400 to 599, got ${describe(status)}`);
  }
  return status;
}
function checkOptionalText(kind, field, value) {
  if (value === void 0) return void 0;
  if (typeof value !== "string" || value.trim() === "" || /[\r\n]/.test(value)) {
    fail(kind, `${field} must be a non-empty single-line string, got ${describe(value)}`);
  }
  return value;
}
function checkRetryAfter(kind, value) {
  if (value === void 0) return void 0;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    fail(kind, `retryAfterSeconds must be a whole number of seconds (0 or more), got ${describe(value)}`);
  }
  return value;
}
function checkExpose(kind, value, status) {
  if (value === void 0) return status < 500;
  if (typeof value !== "boolean") fail(kind, `expose must be true or false, got ${describe(value)}`);
  return value;
}
function checkAwsExceptions(kind, value) {
  if (value === void 0) return [];
  if (!Array.isArray(value) || value.some((name2) => typeof name2 !== "string" || !KIND_NAME.test(name2))) {
    fail(kind, 'awsExceptions must be an array of exception names such as "ResourceNotFoundException"');
  }
  return Object.freeze([...value]);
}
var KNOWN_FIELDS = /* @__PURE__ */ new Set(["status", "title", "type", "retryAfterSeconds", "expose", "awsExceptions"]);
function validateDefinition(kind, definition) {
  if (!KIND_NAME.test(kind)) {
    throw new CatalogDefinitionError(
      `defineErrorCatalog: kind name ${JSON.stringify(kind)} must be an identifier (a letter, then letters, digits or _), e.g. "OrderNotFound"`
    );
  }
  if (!isPlainObject(definition))
    fail(kind, `must be an object such as { status: 404 }, got ${describe(definition)}`);
  for (const field of Object.keys(definition)) {
    if (!KNOWN_FIELDS.has(field)) {
      fail(kind, `unknown field ${JSON.stringify(field)} (known: ${[...KNOWN_FIELDS].join(", ")})`);
    }
  }
  const def = definition;
  const status = checkStatus(kind, def.status);
  return Object.freeze({
    kind,
    status,
    title: checkOptionalText(kind, "title", def.title) ?? STATUS_TITLES[status] ?? kind,
    type: checkOptionalText(kind, "type", def.type) ?? "about:blank",
    expose: checkExpose(kind, def.expose, status),
    retryAfterSeconds: checkRetryAfter(kind, def.retryAfterSeconds),
    awsExceptions: checkAwsExceptions(kind, def.awsExceptions)
  });
}

// src/catalog/define-catalog.ts
var Catalog = class {
  kinds;
  statuses;
  #byName = /* @__PURE__ */ new Map();
  #byStatus = /* @__PURE__ */ new Map();
  #byAwsException = /* @__PURE__ */ new Map();
  constructor(kinds) {
    for (const kind of kinds) {
      this.#byName.set(kind.kind, kind);
      if (!this.#byStatus.has(kind.status)) this.#byStatus.set(kind.status, kind);
      for (const exception of kind.awsExceptions) {
        const claimed = this.#byAwsException.get(exception);
        if (claimed && claimed.kind !== kind.kind) {
          throw new CatalogDefinitionError(
            `defineErrorCatalog: kind ${JSON.stringify(kind.kind)}: AWS exception ${JSON.stringify(exception)} is already mapped to kind ${JSON.stringify(claimed.kind)}; map it to one kind only`
          );
        }
        this.#byAwsException.set(exception, kind);
      }
    }
    this.kinds = Object.freeze([...kinds]);
    this.statuses = Object.freeze([...this.#byStatus.keys()].sort((a, b) => a - b));
    Object.freeze(this);
  }
  kind(name2) {
    return this.#byName.get(name2);
  }
  kindForStatus(status) {
    return this.#byStatus.get(status);
  }
  kindForAwsException(exceptionName) {
    return this.#byAwsException.get(exceptionName);
  }
  error(kind, detail, options) {
    const definition = this.#byName.get(kind);
    if (!definition) {
      throw new TypeError(
        `catalog.error: unknown kind ${JSON.stringify(kind)}; define it in defineErrorCatalog first`
      );
    }
    return new CatalogError(definition, detail, options);
  }
};
function buildCatalog(definitions, base) {
  if (!isPlainObject(definitions)) {
    throw new CatalogDefinitionError(
      "defineErrorCatalog: expected an object of kinds such as { OrderNotFound: { status: 404 } }"
    );
  }
  const own = Object.entries(definitions).map(([name2, definition]) => validateDefinition(name2, definition));
  const ownNames = new Set(own.map((kind) => kind.kind));
  const inherited = (base?.kinds ?? []).filter((kind) => !ownNames.has(kind.kind));
  return new Catalog([...inherited, ...own]);
}

// src/catalog/default-catalog.ts
var defaultKindDefinitions = {
  BadRequest: { status: 400 },
  Unauthorized: { status: 401 },
  Forbidden: { status: 403 },
  NotFound: { status: 404 },
  MethodNotAllowed: { status: 405 },
  NotAcceptable: { status: 406 },
  Conflict: { status: 409 },
  Gone: { status: 410 },
  PreconditionFailed: { status: 412 },
  ContentTooLarge: { status: 413 },
  UnsupportedMediaType: { status: 415 },
  UnprocessableContent: { status: 422 },
  TooManyRequests: { status: 429 },
  InternalServerError: { status: 500 },
  NotImplemented: { status: 501 },
  BadGateway: { status: 502 },
  ServiceUnavailable: { status: 503 },
  GatewayTimeout: { status: 504 }
};
var defaultCatalog = buildCatalog(defaultKindDefinitions, null);
function defineErrorCatalog(definitions, options = {}) {
  const base = options.base === void 0 ? defaultCatalog : options.base;
  return buildCatalog(definitions, base);
}

// src/catalog/classify.ts
function classify(thrown, catalog2 = defaultCatalog) {
  try {
    if (thrown instanceof CatalogError) {
      const fast = classifyCatalogError(thrown, catalog2);
      if (fast !== void 0) return fast;
    }
  } catch {
  }
  try {
    return classifyAny(thrown, catalog2);
  } catch {
    return internalError(catalog2, "[object]", thrown);
  }
}
function classifyCatalogError(error, catalog2) {
  const kind = catalog2.kind(error.kind);
  if (kind === void 0 || kind.status !== error.status) return void 0;
  const detail = messageOf(error);
  return mapped(
    kind,
    {
      detail,
      exposed: typeof error.expose === "boolean" ? error.expose : kind.expose,
      headers: error.headers === void 0 ? void 0 : safeHeaders(error.headers),
      retryAfter: error.retryAfterSeconds ?? kind.retryAfterSeconds,
      extensions: error.extensions === void 0 ? void 0 : safeExtensions(error.extensions)
    },
    error
  );
}
function classifyAny(thrown, catalog2) {
  if (!isObjectLike(thrown)) return internalError(catalog2, describeNonError(thrown), thrown);
  const name2 = readString(thrown, "name");
  const isTimeout = isTimeoutOrNetworkError(thrown, name2);
  const aws = asAwsServiceException(thrown);
  if (aws !== void 0) return classifyAwsException(aws, thrown, catalog2, isTimeout);
  if (isTimeout)
    return mapped(kindForStatus(catalog2, 504), { detail: messageOf(thrown), exposed: false }, thrown);
  if (!isErrorInstance(thrown)) return internalError(catalog2, describeNonError(thrown), thrown);
  return classifyError(thrown, name2, catalog2);
}
function classifyError(error, name2, catalog2) {
  const status = readErrorStatus(error);
  if (status === void 0) return internalError(catalog2, messageOf(error), error);
  const kind = namedKind(catalog2, name2, status);
  if (kind !== void 0) return classifyNamedKind(error, kind);
  const validation = status === 400 ? validatorData(error) : void 0;
  if (validation !== void 0) {
    return classifyStatusError(error, status, catalog2, { errors: validationIssues(validation) });
  }
  return classifyStatusError(error, status, catalog2);
}

// src/problem/truncate-utf8.ts
var ELLIPSIS = "\u2026";
var ELLIPSIS_BYTES = 3;
function codePointBytes(codePoint) {
  if (codePoint < 128) return 1;
  if (codePoint < 2048) return 2;
  if (codePoint < 65536) return 3;
  return 4;
}
function truncateUtf8(text, maxBytes) {
  if (text.length * 3 <= maxBytes) return text;
  const budget = maxBytes >= ELLIPSIS_BYTES ? maxBytes - ELLIPSIS_BYTES : maxBytes;
  let used = 0;
  let end = 0;
  for (const char of text) {
    const bytes = codePointBytes(char.codePointAt(0) ?? 0);
    if (used + bytes > budget) {
      const total = used + bytes + utf8Length(text.slice(end + char.length));
      if (total <= maxBytes) return text;
      return maxBytes >= ELLIPSIS_BYTES ? text.slice(0, end) + ELLIPSIS : text.slice(0, end);
    }
    used += bytes;
    end += char.length;
  }
  return text;
}
function utf8Length(text) {
  let bytes = 0;
  for (const char of text) bytes += codePointBytes(char.codePointAt(0) ?? 0);
  return bytes;
}

// src/logging/describe-thrown.ts
var MAX_CAUSE_DEPTH = 8;
var MAX_MESSAGE_BYTES = 8 * 1024;
var MAX_STACK_BYTES = 16 * 1024;
function readSafely(value, key) {
  try {
    return value[key];
  } catch {
    return void 0;
  }
}
function textOf(value) {
  try {
    return typeof value === "string" ? value : String(value);
  } catch {
    return `[unprintable ${typeof value}]`;
  }
}
function describeOne(value) {
  if (typeof value !== "object" && typeof value !== "function" || value === null) {
    return {
      name: value === null ? "null" : typeof value,
      message: truncateUtf8(textOf(value), MAX_MESSAGE_BYTES)
    };
  }
  const name2 = readSafely(value, "name");
  const message = readSafely(value, "message");
  const stack = readSafely(value, "stack");
  const description = {
    name: typeof name2 === "string" && name2 !== "" ? name2 : typeof value,
    message: truncateUtf8(typeof message === "string" ? message : textOf(message ?? ""), MAX_MESSAGE_BYTES)
  };
  if (typeof stack === "string") description.stack = truncateUtf8(stack, MAX_STACK_BYTES);
  return description;
}
function describeThrown(thrown) {
  const seen = /* @__PURE__ */ new Set();
  const root = describeOne(thrown);
  let current = root;
  let value = thrown;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH; depth++) {
    seen.add(value);
    if (typeof value !== "object" && typeof value !== "function" || value === null) break;
    const cause = readSafely(value, "cause");
    if (cause === void 0) break;
    if (seen.has(cause)) {
      current.circular = true;
      break;
    }
    const next = describeOne(cause);
    current.cause = next;
    current = next;
    value = cause;
  }
  return root;
}

// src/logging/error-logger.ts
function buildLogEntry(mapped2, requestId) {
  return {
    level: mapped2.status >= 500 ? "error" : "warn",
    message: `lambda-error-map: ${mapped2.status} ${mapped2.kind}`,
    status: mapped2.status,
    kind: mapped2.kind,
    requestId,
    error: describeThrown(mapped2.cause)
  };
}
function writeToConsole(entry) {
  const line = JSON.stringify(entry);
  if (entry.level === "error") console.error(line);
  else console.warn(line);
}
function writerFor(option) {
  if (option === void 0) return writeToConsole;
  if (typeof option === "function") return option;
  return (entry) => entry.level === "error" ? option.error(entry.message, entry) : option.warn(entry.message, entry);
}
function ignoreRejection(result) {
  if (typeof result?.then === "function") {
    result.then(void 0, () => {
    });
  }
}
function createErrorLogger(option) {
  if (option === false) return () => {
  };
  const write = writerFor(option);
  return (mapped2, requestId) => {
    try {
      ignoreRejection(write(buildLogEntry(mapped2, requestId)));
    } catch {
    }
  };
}

// src/options/common-options.ts
var DEFAULT_MAX_DETAIL_BYTES = 4096;
var MAX_DETAIL_BYTES_LIMIT = 256 * 1024;
var COMMON_OPTION_NAMES = ["catalog", "logger", "exposeServerErrors", "maxDetailBytes"];
function describe2(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `${JSON.stringify(value)} (a string)`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `a value of type ${typeof value}`;
}
function optionError(middleware, option, expected, value) {
  return new TypeError(`${middleware}: option "${option}" must be ${expected}, got ${describe2(value)}`);
}
function isErrorCatalog(value) {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value;
  return Array.isArray(candidate.kinds) && typeof candidate.kind === "function" && typeof candidate.kindForStatus === "function" && typeof candidate.kindForAwsException === "function" && typeof candidate.error === "function";
}
function isLoggerOption(value) {
  if (value === void 0 || value === false || typeof value === "function") return true;
  if (typeof value !== "object" || value === null) return false;
  const candidate = value;
  return typeof candidate.error === "function" && typeof candidate.warn === "function";
}
function assertKnownOptions(middleware, options, extraOptionNames = []) {
  const known = /* @__PURE__ */ new Set([...COMMON_OPTION_NAMES, ...extraOptionNames]);
  for (const name2 of Object.keys(options)) {
    if (!known.has(name2)) {
      throw new TypeError(
        `${middleware}: unknown option "${name2}"; the options are ${[...known].map((n) => `"${n}"`).join(", ")}`
      );
    }
  }
}
function resolveCommonOptions(middleware, options, extraOptionNames = []) {
  if (options === void 0) options = {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(`${middleware}: options must be an object such as {}, got ${describe2(options)}`);
  }
  assertKnownOptions(middleware, options, extraOptionNames);
  const { catalog: catalog2, logger, exposeServerErrors, maxDetailBytes } = options;
  if (catalog2 !== void 0 && !isErrorCatalog(catalog2)) {
    throw optionError(middleware, "catalog", "an ErrorCatalog made by defineErrorCatalog", catalog2);
  }
  if (!isLoggerOption(logger)) {
    throw optionError(
      middleware,
      "logger",
      "a function, an object with error() and warn() methods, or false",
      logger
    );
  }
  if (exposeServerErrors !== void 0 && typeof exposeServerErrors !== "boolean") {
    throw optionError(middleware, "exposeServerErrors", "a boolean", exposeServerErrors);
  }
  if (maxDetailBytes !== void 0 && (!Number.isInteger(maxDetailBytes) || maxDetailBytes < 1 || maxDetailBytes > MAX_DETAIL_BYTES_LIMIT)) {
    throw optionError(
      middleware,
      "maxDetailBytes",
      `a positive integer of at most ${MAX_DETAIL_BYTES_LIMIT}`,
      maxDetailBytes
    );
  }
  return {
    catalog: catalog2 ?? defaultCatalog,
    log: createErrorLogger(logger),
    exposeServerErrors: exposeServerErrors ?? false,
    maxDetailBytes: maxDetailBytes ?? DEFAULT_MAX_DETAIL_BYTES
  };
}

// src/problem/build-problem.ts
var RESERVED_MEMBERS2 = /* @__PURE__ */ new Set([
  "type",
  "title",
  "status",
  "detail",
  "instance",
  "requestId",
  "retryAfter"
]);
function mayShowDetail(mapped2, exposeServerErrors) {
  return mapped2.exposed || mapped2.status >= 500 && exposeServerErrors;
}
function buildProblem(mapped2, options) {
  const showDetail = mayShowDetail(mapped2, options.exposeServerErrors);
  const detail = showDetail && mapped2.detail !== "" ? mapped2.detail : mapped2.title;
  const problem = {
    type: mapped2.type,
    title: mapped2.title,
    status: mapped2.status,
    detail: truncateUtf8(detail, options.maxDetailBytes)
  };
  if (options.instance) problem.instance = options.instance;
  if (options.requestId) problem.requestId = options.requestId;
  if (mapped2.retryAfter !== void 0) problem.retryAfter = mapped2.retryAfter;
  if (showDetail) addExtensions(problem, mapped2.extensions);
  return problem;
}
function addExtensions(problem, extensions) {
  for (const [name2, value] of Object.entries(extensions)) {
    if (RESERVED_MEMBERS2.has(name2) || name2 === "__proto__" || value === void 0) continue;
    problem[name2] = value;
  }
}

// src/problem/render-problem.ts
var MAX_PROBLEM_JSON_BYTES = 64 * 1024;
var STANDARD_MEMBERS = [
  "type",
  "title",
  "status",
  "detail",
  "instance",
  "requestId",
  "retryAfter"
];
function standardMembersOnly(problem) {
  const kept = {};
  for (const name2 of STANDARD_MEMBERS) {
    if (problem[name2] !== void 0) kept[name2] = problem[name2];
  }
  return kept;
}
function tryStringify(value) {
  try {
    return JSON.stringify(value);
  } catch {
    return void 0;
  }
}
function renderProblemJson(problem) {
  const full = tryStringify(problem);
  if (full !== void 0 && full.length * 3 <= MAX_PROBLEM_JSON_BYTES) return full;
  if (full !== void 0 && Buffer.byteLength(full, "utf8") <= MAX_PROBLEM_JSON_BYTES) return full;
  return JSON.stringify(standardMembersOnly(problem));
}
function renderProblemText(problem) {
  const text = problem.detail === problem.title ? problem.title : `${problem.title}: ${problem.detail}`;
  return problem.requestId ? `${text} (request id ${problem.requestId})` : text;
}

// src/proxy/event-kind.ts
function fieldsOf(value) {
  return typeof value === "object" && value !== null ? value : void 0;
}
function stringOf(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function detectEventKind(event) {
  const fields = fieldsOf(event);
  const requestContext = fieldsOf(fields?.requestContext);
  if (fields === void 0) return "rest-v1";
  if (fieldsOf(requestContext?.elb)) {
    return fieldsOf(fields.multiValueHeaders) ? "alb-multi-value" : "alb";
  }
  if (fields.version === "2.0") {
    const domainName = stringOf(requestContext?.domainName) ?? "";
    return domainName.includes(".lambda-url.") ? "function-url" : "http-api-v2";
  }
  if (fields.version === "1.0" && requestContext) return "http-api-v1";
  return "rest-v1";
}
function methodOf(fields, kind) {
  const method = kind === "http-api-v2" || kind === "function-url" ? fieldsOf(fieldsOf(fields.requestContext)?.http)?.method : fields.httpMethod;
  return stringOf(method)?.toUpperCase();
}
function pathOf(fields, kind) {
  return kind === "http-api-v2" || kind === "function-url" ? stringOf(fields.rawPath) : stringOf(fields.path);
}
function readRequestInfo(event) {
  try {
    const kind = detectEventKind(event);
    const fields = fieldsOf(event);
    if (fields === void 0) return { kind, method: void 0, path: void 0 };
    return { kind, method: methodOf(fields, kind), path: pathOf(fields, kind) };
  } catch {
    return { kind: "rest-v1", method: void 0, path: void 0 };
  }
}

// src/proxy/header-list.ts
var HEADER_NAME2 = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
var BODY_HEADERS = /* @__PURE__ */ new Set(["content-type", "content-length"]);
function hasControlCharacter2(value) {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 32 && code !== 9 || code === 127) return true;
  }
  return false;
}
function safeHeaderValue(value) {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value !== "string" || hasControlCharacter2(value)) return void 0;
  return value;
}
function isSafeHeaderName(name2) {
  return HEADER_NAME2.test(name2) && name2 !== "__proto__" && !BODY_HEADERS.has(name2.toLowerCase());
}
function addHeader(list, name2, value) {
  const text = safeHeaderValue(value);
  if (text === void 0 || !isSafeHeaderName(name2)) return;
  const key = name2.toLowerCase();
  const entry = list.get(key);
  if (entry) entry.values.push(text);
  else list.set(key, { name: name2, values: [text] });
}
function addHeaderIfAbsent(list, name2, value) {
  if (!list.has(name2.toLowerCase())) addHeader(list, name2, value);
}
function entriesOf(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  try {
    return Object.entries(value);
  } catch {
    return [];
  }
}
function headersOfResponse(response) {
  const list = /* @__PURE__ */ new Map();
  if (typeof response !== "object" || response === null) return list;
  const { headers, multiValueHeaders } = response;
  for (const [name2, values] of entriesOf(multiValueHeaders)) {
    if (Array.isArray(values)) for (const value of values) addHeader(list, name2, value);
  }
  for (const [name2, value] of entriesOf(headers)) {
    if (!list.has(name2.toLowerCase())) addHeader(list, name2, value);
  }
  return list;
}
function cookiesOfResponse(response) {
  if (typeof response !== "object" || response === null) return void 0;
  const cookies = response.cookies;
  if (!Array.isArray(cookies)) return void 0;
  return cookies.filter(
    (cookie) => safeHeaderValue(cookie) === cookie && typeof cookie === "string"
  );
}

// src/proxy/response-body.ts
var PROXY_RESPONSE_FORMATS = ["problem+json", "json", "text"];
var CONTENT_TYPES = {
  "problem+json": "application/problem+json",
  json: "application/json",
  text: "text/plain; charset=utf-8"
};
function contentTypeOf(format) {
  return CONTENT_TYPES[format];
}
function renderBody(problem, format) {
  return format === "text" ? renderProblemText(problem) : renderProblemJson(problem);
}

// src/proxy/write-alb.ts
function statusDescription(status) {
  return `${status} ${statusTitle(status)}`;
}
function writeAlb(reply) {
  const headers = { "Content-Type": reply.contentType };
  for (const [key, { name: name2, values }] of reply.headers) {
    headers[name2] = key === "set-cookie" ? values.at(-1) : values.join(", ");
  }
  return {
    statusCode: reply.status,
    statusDescription: statusDescription(reply.status),
    headers,
    body: reply.body,
    isBase64Encoded: false
  };
}
function writeAlbMultiValue(reply) {
  const multiValueHeaders = { "Content-Type": [reply.contentType] };
  for (const { name: name2, values } of reply.headers.values()) multiValueHeaders[name2] = [...values];
  return {
    statusCode: reply.status,
    statusDescription: statusDescription(reply.status),
    multiValueHeaders,
    body: reply.body,
    isBase64Encoded: false
  };
}

// src/proxy/write-http-api-v2.ts
function writeHttpApiV2(reply) {
  const headers = { "Content-Type": reply.contentType };
  let cookies = reply.cookies ? [...reply.cookies] : void 0;
  for (const [key, { name: name2, values }] of reply.headers) {
    if (key === "set-cookie") cookies = [...cookies ?? [], ...values];
    else headers[name2] = values.join(", ");
  }
  return cookies ? { statusCode: reply.status, headers, cookies, body: reply.body, isBase64Encoded: false } : { statusCode: reply.status, headers, body: reply.body, isBase64Encoded: false };
}

// src/proxy/write-rest-v1.ts
function writeRestV1(reply) {
  const headers = { "Content-Type": reply.contentType };
  const multiValueHeaders = {};
  let hasMultiValue = false;
  for (const { name: name2, values } of reply.headers.values()) {
    if (values.length === 1) {
      headers[name2] = values[0];
    } else {
      multiValueHeaders[name2] = [...values];
      hasMultiValue = true;
    }
  }
  return hasMultiValue ? { statusCode: reply.status, headers, multiValueHeaders, body: reply.body, isBase64Encoded: false } : { statusCode: reply.status, headers, body: reply.body, isBase64Encoded: false };
}

// src/proxy/proxy-error-response.ts
var MIDDLEWARE = "proxyErrorResponse";
var MAX_INSTANCE_BYTES = 2048;
var RETRY_AFTER_STATUSES = /* @__PURE__ */ new Set([429, 503]);
var LAST_RESORT_RESPONSE = {
  statusCode: 500,
  headers: { "Content-Type": "application/problem+json" },
  body: '{"type":"about:blank","title":"Internal Server Error","status":500,"detail":"Internal Server Error"}',
  isBase64Encoded: false
};
function resolveFormat(format) {
  if (format === void 0) return "problem+json";
  if (PROXY_RESPONSE_FORMATS.includes(format)) return format;
  throw new TypeError(
    `${MIDDLEWARE}: option "format" must be one of ${PROXY_RESPONSE_FORMATS.map((f) => `"${f}"`).join(", ")}, got ${JSON.stringify(format) ?? typeof format}`
  );
}
function requestIdOf(context) {
  const id = context?.awsRequestId;
  return typeof id === "string" && id !== "" ? id : void 0;
}
function retryAfterHeader(mapped2) {
  const seconds = mapped2.retryAfter;
  if (!RETRY_AFTER_STATUSES.has(mapped2.status) || seconds === void 0 || !Number.isFinite(seconds))
    return void 0;
  return String(Math.max(0, Math.ceil(seconds)));
}
function replyFor(mapped2, info, previousResponse, requestId, settings) {
  const problem = buildProblem(mapped2, {
    exposeServerErrors: settings.exposeServerErrors,
    maxDetailBytes: settings.maxDetailBytes,
    requestId,
    instance: info.path === void 0 ? void 0 : truncateUtf8(info.path, MAX_INSTANCE_BYTES)
  });
  const headers = headersOfResponse(previousResponse);
  for (const [name2, value] of Object.entries(mapped2.headers)) addHeaderIfAbsent(headers, name2, value);
  const retryAfter = retryAfterHeader(mapped2);
  if (retryAfter !== void 0) addHeaderIfAbsent(headers, "Retry-After", retryAfter);
  const isV2 = info.kind === "http-api-v2" || info.kind === "function-url";
  return {
    status: mapped2.status,
    contentType: contentTypeOf(settings.format),
    headers,
    body: info.method === "HEAD" ? "" : renderBody(problem, settings.format),
    cookies: isV2 ? cookiesOfResponse(previousResponse) : void 0
  };
}
function writeFor(info, reply) {
  switch (info.kind) {
    case "http-api-v2":
    case "function-url":
      return writeHttpApiV2(reply);
    case "alb":
      return writeAlb(reply);
    case "alb-multi-value":
      return writeAlbMultiValue(reply);
    default:
      return writeRestV1(reply);
  }
}
function errorResponseFor(thrown, event, context, previousResponse, settings) {
  try {
    const mapped2 = classify(thrown, settings.catalog);
    const requestId = requestIdOf(context);
    settings.log(mapped2, requestId);
    const info = readRequestInfo(event);
    return writeFor(info, replyFor(mapped2, info, previousResponse, requestId, settings));
  } catch {
    return { ...LAST_RESORT_RESPONSE, headers: { ...LAST_RESORT_RESPONSE.headers } };
  }
}
function proxyErrorResponse(options = {}) {
  const common = resolveCommonOptions(MIDDLEWARE, options, ["format"]);
  const settings = { ...common, format: resolveFormat(options.format) };
  const onError = (request) => {
    request.response = errorResponseFor(
      request.error,
      request.event,
      request.context,
      request.response,
      settings
    );
  };
  return { onError };
}

// examples/catalog.ts
var catalog = defineErrorCatalog({
  OrderNotFound: { status: 404, title: "Order not found", type: "https://example.com/problems/order-not-found" },
  OutOfStock: { status: 409, title: "Out of stock", type: "https://example.com/problems/out-of-stock" },
  StoreBusy: {
    status: 503,
    title: "Store busy",
    retryAfterSeconds: 2,
    awsExceptions: ["ThrottlingException", "ProvisionedThroughputExceededException"]
  }
});

// examples/orders.ts
import { ThrottlingException } from "@aws-sdk/client-dynamodb";
var EXAMPLE_CASES = ["ok", "notfound", "conflict", "throttled", "crash"];
var CRASH_SECRET = "postgres://orders:hunter2@db.internal:5432/orders";
function lookUpOrder(exampleCase) {
  switch (exampleCase) {
    case "ok":
      return { orderId: "42", state: "shipped" };
    case "notfound":
      throw catalog.error("OrderNotFound", "Order 42 does not exist.", { extensions: { orderId: "42" } });
    case "conflict":
      throw catalog.error("OutOfStock", "Item sku-7 has 0 left; 3 were requested.");
    case "throttled":
      throw new ThrottlingException({
        message: "Throughput exceeds the current capacity of table orders-prod",
        $metadata: { httpStatusCode: 400, requestId: "DDB-REQUEST-1" }
      });
    case "crash":
      throw new Error(`connect ECONNREFUSED ${CRASH_SECRET}`);
    default:
      throw catalog.error(
        "BadRequest",
        `Unknown case ${JSON.stringify(exampleCase)}; use one of ${EXAMPLE_CASES.join(", ")}.`
      );
  }
}

// examples/proxy.ts
var handler = core_default(async (event) => ({
  statusCode: 200,
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(lookUpOrder(event.pathParameters?.case))
})).use(proxyErrorResponse({ catalog }));
export {
  handler
};
