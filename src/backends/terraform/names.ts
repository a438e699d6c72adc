/**
 * Naming and literal-escaping rules of the Terraform backend. Kept free of cdktf imports so
 * tests and other modules can use them without loading the construct library.
 */

/** Terraform identifiers: a letter or underscore first, then letters, digits, `_` or `-`. */
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * snake_case of a PascalCase IR id or a free-form name: `ExecutionRole` → `execution_role`,
 * `ALBRule2` → `alb_rule2`, `AmazonECSTaskExecutionRolePolicy` → `amazon_ecs_task_execution_role_policy`,
 * `10.0.0.0/16` → `10_0_0_0_16`. Throws when the result is not a Terraform identifier: IR ids
 * are validated upstream, so that is a bug, not a user error.
 */
export function snakeCase(value: string): string {
  const snake = value
    // Split "fooBar" and "foo2Bar" before the capital…
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    // …and an acronym from the word that follows it ("ECSTask" → "ECS_Task").
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .toLowerCase();
  // A leading digit is legal in a free-form suffix but not at the start of an identifier.
  const name = /^[0-9]/.test(snake) ? `_${snake}` : snake;
  if (!IDENTIFIER.test(name)) {
    throw new Error(`berth bug: cannot derive a Terraform name from ${JSON.stringify(value)}`);
  }
  return name;
}

/** Name of the Terraform resource that stands for an IR resource, e.g. `task_role`. */
export function primaryName(id: string): string {
  return snakeCase(id);
}

/** Name of a helper resource owned by an IR resource, e.g. `task_role_policy_s3_read`. */
export function auxiliaryName(id: string, suffix: string): string {
  return `${snakeCase(id)}_${snakeCase(suffix)}`;
}

/**
 * Escapes Terraform template sequences in a literal. Every string argument of a Terraform
 * resource is a template, so a user value such as an IAM policy variable `${aws:username}` or a
 * shell `${PORT}` in a health check would otherwise be read as an interpolation (and fail, or
 * worse, resolve to something else). `$${` and `%%{` are Terraform's own escapes.
 */
export function escapeTemplate(value: string): string {
  // A function replacer: in a replacement *string*, "$$" would itself collapse to "$".
  return value.replace(/([$%])\{/g, (_match, sigil: string) => `${sigil}${sigil}{`);
}

/**
 * Applies {@link escapeTemplate} to every string inside an IR value (objects, arrays; keys
 * included, as tag and condition keys are templates too). IR ids never contain `${`, so
 * references survive unchanged.
 */
export function escapeLiterals<T>(value: T): T {
  if (typeof value === "string") return escapeTemplate(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => escapeLiterals(item)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [escapeTemplate(key), escapeLiterals(item)]),
    ) as T;
  }
  return value;
}
