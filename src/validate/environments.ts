import { render } from "../diagnostics/catalogue.js";
import { formatPath, type Diagnostic } from "../diagnostics/diagnostic.js";
import { environmentStackName, ENVIRONMENT_NAME, FIXED_FIELDS, isPlainObject, mergeOverrides, RESERVED_ENVIRONMENT_NAMES } from "../spec/environments.js";

/** One stack a spec file yields: the whole spec, or the spec merged with one environment's overrides. */
export interface SpecInstance {
  /** The environment; absent for a spec without `environments`. */
  readonly environment?: string;
  /** The input to validate: the merged spec without `environments`, named `<name>-<environment>`. */
  readonly input: unknown;
}

/** What a spec's `environments` expand to. */
export interface Expansion {
  /** The spec's own name (its output folder), when it has a string name. */
  readonly name?: string;
  /** Every environment the spec declares, in declaration order; empty without `environments`. */
  readonly declared: readonly string[];
  /** The instances to validate (only the selected environments); empty when `environments` is malformed. */
  readonly instances: readonly SpecInstance[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Splits a spec input into its instances. `selected` narrows the environments (`--env`); a
 * spec without environments is one instance whatever is selected, since it belongs to every
 * environment (a shared cluster, say). Malformed `environments` (B140–B143) yield no instance.
 */
export function expandEnvironments(input: unknown, file: string, selected?: readonly string[]): Expansion {
  const name = isPlainObject(input) && typeof input["name"] === "string" ? input["name"] : undefined;
  const base = { ...(name !== undefined ? { name } : {}) };
  if (!isPlainObject(input) || input["environments"] === undefined) return { ...base, declared: [], instances: [{ input }], diagnostics: [] };
  const { environments, ...spec } = input;
  const diagnostics: Diagnostic[] = [];
  const report = (code: "B140" | "B141" | "B142" | "B143", path: (string | number)[], message: { message: string; hint?: string }) =>
    diagnostics.push({ code, severity: "error", file, path: formatPath(path), ...message });
  if (!isPlainObject(environments) || Object.keys(environments).length === 0) {
    report("B140", ["environments"], render("B140", { found: describe(environments) }));
    return { ...base, declared: [], instances: [], diagnostics };
  }
  for (const [environment, overrides] of Object.entries(environments)) {
    if (!ENVIRONMENT_NAME.test(environment) || RESERVED_ENVIRONMENT_NAMES.includes(environment)) {
      report("B141", ["environments", environment], render("B141", { environment }));
    } else if (!isPlainObject(overrides)) {
      report("B142", ["environments", environment], render("B142", { environment, found: describe(overrides) }));
    } else {
      for (const field of FIXED_FIELDS) {
        if (field in overrides) report("B143", ["environments", environment, field], render("B143", { environment, field }));
      }
    }
  }
  const declared = Object.keys(environments);
  if (diagnostics.length > 0) return { ...base, declared, instances: [], diagnostics };
  const instances = declared
    .filter((environment) => selected === undefined || selected.includes(environment))
    .map((environment) => {
      const merged = mergeOverrides(spec, environments[environment]) as Record<string, unknown>;
      return { environment, input: name === undefined ? merged : { ...merged, name: environmentStackName(name, environment) } };
    });
  return { ...base, declared, instances, diagnostics };
}

/**
 * Says which environment each finding of one instance belongs to: its path moves under
 * `environments.<env>` (a source location then points at the environment's overrides, or at
 * the environment's entry when the field comes from the shared part).
 */
export function underEnvironment(diagnostic: Diagnostic, environment: string): Diagnostic {
  const prefix = formatPath(["environments", environment]);
  const path = diagnostic.path === "" ? prefix : diagnostic.path.startsWith("[") ? prefix + diagnostic.path : `${prefix}.${diagnostic.path}`;
  return { ...diagnostic, path };
}

/**
 * Merges the findings of a spec's instances: a finding every environment has (same code, path
 * and message) is in the shared part of the spec and is reported once, where it is; the others
 * are reported per environment ({@link underEnvironment}).
 */
export function mergeInstanceDiagnostics(perInstance: readonly { readonly environment?: string; readonly diagnostics: readonly Diagnostic[] }[]): Diagnostic[] {
  const key = (d: Diagnostic) => `${d.code}\u0000${d.path}\u0000${d.message}`;
  const counts = new Map<string, number>();
  for (const { diagnostics } of perInstance) for (const k of new Set(diagnostics.map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  const out: Diagnostic[] = [];
  const shared = new Set<string>();
  for (const { environment, diagnostics } of perInstance) {
    for (const d of diagnostics) {
      const k = key(d);
      // With one environment selected, its findings still say so.
      if (environment === undefined || (perInstance.length > 1 && counts.get(k) === perInstance.length)) {
        if (!shared.has(k)) out.push(d);
        shared.add(k);
      } else out.push(underEnvironment(d, environment));
    }
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (isPlainObject(value)) return "an empty object";
  return `a ${typeof value}`;
}
