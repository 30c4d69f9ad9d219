import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);

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
  if (!Array.isArray(value) || value.some((name) => typeof name !== "string" || !KIND_NAME.test(name))) {
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
  kind(name) {
    return this.#byName.get(name);
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
  const own = Object.entries(definitions).map(([name, definition]) => validateDefinition(name, definition));
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
var catalog_default = catalog;
export {
  catalog,
  catalog_default as default
};
