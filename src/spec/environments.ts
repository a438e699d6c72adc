/**
 * Environments of a spec: `environments: { staging: {…}, prod: {…} }` overrides fields of the
 * spec per environment. Each environment is the spec deep-merged with its overrides *before*
 * the schema parses it, so defaults apply to the merged spec and every rule sees exactly what
 * will be deployed.
 */

/** Environment names: they end up in resource names and output folders, so short and DNS-safe. */
export const ENVIRONMENT_NAME = /^[a-z][a-z0-9-]{0,15}$/;

/** Names that would be mistaken for a stack folder's target folders (out/<name>/cloudformation/). */
export const RESERVED_ENVIRONMENT_NAMES: readonly string[] = ["cloudformation", "terraform"];

/** Fields an environment may not override: the spec's identity, and environments themselves. */
export const FIXED_FIELDS: readonly string[] = ["name", "environments"];

/**
 * What an environment may write: any field of the spec, at any depth, optionally. Arrays are
 * replaced whole (a list of subnets is one decision, not items to patch), and `null` removes an
 * optional field the spec sets (e.g. `scaling: null` for a staging service without scaling).
 */
export type EnvironmentOverrides<T> = { readonly [K in Exclude<keyof T, "name">]?: Override<T[K]> };

/** The override of one field: see {@link EnvironmentOverrides}. */
export type Override<T> = (undefined extends T ? null : never) | OverrideOf<NonNullable<T>>;

/**
 * {@link Override} of a defined value, distributed over a union so that a field that is one
 * object or a list of them (`loadBalancer`) takes a partial object or a whole list.
 */
type OverrideOf<U> = U extends readonly unknown[] ? U : U extends object ? { readonly [K in keyof U]?: Override<U[K]> } : U;

/** A spec with optional `environments`, keyed by environment name. */
export type WithEnvironments<T> = T & {
  /**
   * Per-environment overrides, e.g. `{ staging: { desiredCount: 1 }, prod: { cpu: 1024, memory: 2048 } }`.
   * Each environment becomes its own stack in `out/<name>/<environment>/`, named
   * `<name>-<environment>` (so are the resources berth names); objects merge field by field,
   * arrays replace, `null` removes a field. @default none (one stack in `out/<name>/`)
   */
  readonly environments?: Readonly<Record<string, EnvironmentOverrides<T>>>;
};

/** True for a plain object literal (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Deep-merges `override` into `base`: objects merge key by key, anything else (arrays, scalars)
 * replaces, `null` deletes the key, `undefined` leaves the base value. Neither input is changed.
 */
export function mergeOverrides(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    if (value === null) delete merged[key];
    else merged[key] = mergeOverrides(base[key], value);
  }
  return merged;
}

/** The physical name of a spec in one environment: every name berth derives starts with it. */
export function environmentStackName(name: string, environment: string): string {
  return `${name}-${environment}`;
}

/** The output folder (inside out/) of a spec, or of one of its environments. */
export function outputFolder(name: string, environment?: string): string {
  return environment === undefined ? name : `${name}/${environment}`;
}
