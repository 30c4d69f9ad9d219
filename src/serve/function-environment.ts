/** A function's environment variables as serve can set them, and the lines saying which it cannot. */
export interface FunctionEnvironment {
  /** Literal values, numbers and booleans as text (as Lambda receives them). */
  readonly variables: Readonly<Record<string, string>>;
  /** One line per variable whose value is only known once deployed (an intrinsic, a Serverless variable). */
  readonly warnings: readonly string[];
}

/**
 * The variables of `Environment.Variables` (CloudFormation/SAM) or `environment` (serverless.yml), in order, later
 * groups winning (SAM `Globals` then the function; the provider then the function). A value that is an intrinsic
 * function (`!Ref Table`) or a Serverless variable (`${ssm:...}`) cannot be known locally: it is left unset.
 */
export function functionEnvironment(
  functionName: string,
  ...groups: readonly unknown[]
): FunctionEnvironment {
  const variables: Record<string, string> = {};
  const unresolved = new Map<string, string>();
  for (const group of groups) {
    if (typeof group !== 'object' || group === null || Array.isArray(group)) continue;
    for (const [name, value] of Object.entries(group)) {
      const literal = literalValue(value);
      if (literal === undefined) {
        unresolved.set(name, JSON.stringify(value) ?? String(value));
        delete variables[name];
      } else {
        variables[name] = literal;
        unresolved.delete(name);
      }
    }
  }
  const warnings = [...unresolved].map(
    ([name, value]) =>
      `serve: function ${functionName}: environment variable ${name} is left unset: its value ${value} is only known once deployed; set it in your shell to give it one`,
  );
  return { variables, warnings };
}

function literalValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value.includes('${') ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * Runs `run` with the variables set in `process.env`, then puts back what was there (a variable that was unset is
 * unset again), as each Lambda function has its own environment.
 */
export async function withEnvironment<T>(
  variables: Readonly<Record<string, string>>,
  run: () => Promise<T>,
): Promise<T> {
  const previous = Object.keys(variables).map((name) => [name, process.env[name]] as const);
  Object.assign(process.env, variables);
  try {
    return await run();
  } finally {
    for (const [name, value] of previous) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
