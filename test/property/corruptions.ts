/**
 * Random corruptions of a valid spec, each of which makes it invalid: a wrong type at a leaf, an
 * unknown (or `__proto__`) key on a strict object, a missing required field, an out-of-range
 * number, a garbage ARN, a malformed name. A corruption that happens to leave the spec valid is
 * a bug in this generator, and the property test says so.
 */
import fc from "fast-check";
import type { Base } from "./bases.js";

type Json = Record<string, any>;
type Path = readonly (string | number)[];

/** Fields whose values berth passes through unchecked (engine overrides), so a wrong type there is no error. */
const FREE_FORM = new Set(["overrides"]);

/** Fields holding free text, where any string (a garbage ARN included) is valid. */
const FREE_TEXT = new Set(["environment", "tags", "options", "dockerLabels", "command", "entryPoint", "description"]);

/** Objects of the spec that are strict (unknown keys refused), where present. */
const STRICT_OBJECTS: readonly Path[] = [[], ["container"], ["network"], ["deploy"], ["scaling"], ["logging"], ["taskRole"], ["container", "healthCheck"], ["capacityProviders"], ["exec"]];

/** Required fields of every kind. */
const REQUIRED: Readonly<Record<string, readonly Path[]>> = {
  service: [["name"], ["account"], ["region"], ["cluster"], ["container"], ["container", "image"]],
  task: [["name"], ["account"], ["region"], ["cluster"], ["container"], ["container", "image"]],
  cluster: [["name"], ["account"], ["region"]],
  "load-balancer": [["name"], ["account"], ["region"], ["vpc"], ["subnets"], ["listeners"]],
};

/** What one corruption does. */
export type Corruption =
  | { readonly kind: "flip-type"; readonly pick: number; readonly to: "string" | "number" | "boolean" | "null" | "object" | "array" }
  | { readonly kind: "unknown-key"; readonly pick: number; readonly key: string; readonly proto: boolean }
  | { readonly kind: "delete-required"; readonly pick: number }
  | { readonly kind: "out-of-range"; readonly field: "cpu" | "memory" | "desiredCount" | "retentionDays"; readonly value: number }
  | { readonly kind: "garbage-arn"; readonly pick: number; readonly garbage: string }
  | { readonly kind: "bad-name"; readonly name: string };

/** A base index and one corruption of it. */
export interface BadSpecDraw {
  readonly base: number;
  readonly corruption: Corruption;
}

/** The arbitrary of corruptions over `bases`. */
export function badSpecs(bases: readonly Base[]): fc.Arbitrary<BadSpecDraw> {
  const pick = fc.nat({ max: 10_000 });
  return fc.record({
    base: fc.nat({ max: bases.length - 1 }),
    corruption: fc.oneof(
      fc.record({ kind: fc.constant("flip-type" as const), pick, to: fc.constantFrom("string", "number", "boolean", "null", "object", "array") as fc.Arbitrary<"string"> }),
      fc.record({ kind: fc.constant("unknown-key" as const), pick, key: fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,12}$/), proto: fc.boolean() }),
      fc.record({ kind: fc.constant("delete-required" as const), pick }),
      fc.oneof(
        fc.record({ kind: fc.constant("out-of-range" as const), field: fc.constant("cpu" as const), value: fc.oneof(fc.integer({ min: -1000, max: 127 }), fc.constantFrom(262_144, 1_000_000)) }),
        fc.record({ kind: fc.constant("out-of-range" as const), field: fc.constant("memory" as const), value: fc.integer({ min: -1000, max: 5 }) }),
        fc.record({ kind: fc.constant("out-of-range" as const), field: fc.constant("desiredCount" as const), value: fc.integer({ min: -100, max: -1 }) }),
        fc.record({ kind: fc.constant("out-of-range" as const), field: fc.constant("retentionDays" as const), value: fc.constantFrom(0, 2, 4, 15, 100, 4000, -1) }),
      ),
      fc.record({ kind: fc.constant("garbage-arn" as const), pick, garbage: fc.oneof(fc.stringMatching(/^arn:[a-z0-9]{0,12}$/), fc.stringMatching(/^[A-Za-z0-9]{1,10} [A-Za-z0-9 /]{1,20}$/)) }),
      fc.record({ kind: fc.constant("bad-name" as const), name: fc.oneof(fc.stringMatching(/^[A-Z][A-Za-z ]{0,10}$/), fc.constant(""), fc.stringMatching(/^[a-z]{1,3} [a-z]{1,3}$/), fc.constant("a".repeat(80))) }),
    ),
  });
}

/** Every leaf (string, number, boolean) of the spec outside free-form fields, with its path. */
function leaves(value: unknown, path: Path = []): Path[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== "object") return [path];
  if (path.length > 0 && FREE_FORM.has(String(path[path.length - 1]))) return [];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, Array.isArray(value) ? Number(key) : key]));
}

function get(root: Json, path: Path): any {
  return path.reduce<any>((node, key) => (node === undefined || node === null ? undefined : node[key]), root);
}

function set(root: Json, path: Path, value: unknown): void {
  const parent = get(root, path.slice(0, -1));
  parent[path[path.length - 1]!] = value;
}

const FLIPPED: Record<string, (old: unknown) => unknown> = {
  string: (old) => (typeof old === "string" ? 42 : String(old)),
  number: (old) => (typeof old === "number" ? "not-a-number" : 7),
  boolean: (old) => (typeof old === "boolean" ? "yes" : true),
  null: () => null,
  object: () => ({ unexpected: true }),
  array: () => [[1, 2]],
};

/**
 * The corrupted spec, or undefined when this corruption does not apply to this base (no such
 * field): the caller then draws again. `describe` says what was done, for the failure message.
 */
export function applyCorruption(base: Base, draw: BadSpecDraw): { spec: Json; describe: string } | undefined {
  const spec = structuredClone(base.definition.spec) as Json;
  const kind = base.definition.kind;
  const c = draw.corruption;
  // A field an environment overrides is replaced before validation: corrupting it there proves nothing.
  const overridden = (field: string | number | undefined) =>
    Object.values((spec["environments"] ?? {}) as Record<string, Json | null>).some((env) => env !== null && typeof env === "object" && field !== undefined && field in env);
  switch (c.kind) {
    case "flip-type": {
      const all = leaves(spec);
      const path = all[c.pick % all.length]!;
      if (overridden(path[0]) || path[0] === "environments") return undefined;
      const old = get(spec, path);
      const next = FLIPPED[c.to]!(old);
      // A leaf that is one member of a list of strings (e.g. a command) stays a wrong type only if it is not a string.
      set(spec, path, next);
      return { spec, describe: `${path.join(".")}: ${JSON.stringify(old)} → ${JSON.stringify(next)}` };
    }
    case "unknown-key": {
      const present = STRICT_OBJECTS.filter((p) => {
        const node = get(spec, p);
        return node !== null && typeof node === "object" && !Array.isArray(node);
      });
      const path = present[c.pick % present.length]!;
      const node = get(spec, path) as Json;
      // JSON.parse makes `__proto__` an own key, as a YAML or JSON spec would.
      const extra = c.proto ? (JSON.parse('{"__proto__": {"polluted": true}}') as Json) : { [`x${c.key}`]: "surprise" };
      const replaced = Object.assign(Object.create(null), node, extra);
      if (path.length === 0) return { spec: { ...replaced }, describe: `unknown key ${Object.keys(extra)[0]} at the root` };
      set(spec, path, replaced);
      return { spec, describe: `unknown key ${Object.keys(extra)[0]} at ${path.join(".")}` };
    }
    case "delete-required": {
      const required = REQUIRED[kind]!;
      const path = required[c.pick % required.length]!;
      const parent = get(spec, path.slice(0, -1));
      delete parent[path[path.length - 1]!];
      return { spec, describe: `deleted ${path.join(".")}` };
    }
    case "out-of-range": {
      if (kind === "cluster") return undefined;
      if (c.field === "desiredCount" && kind !== "service") return undefined;
      if (overridden(c.field === "retentionDays" ? "logging" : c.field)) return undefined;
      if (c.field === "retentionDays") spec["logging"] = { ...(spec["logging"] ?? {}), retentionDays: c.value };
      else spec[c.field] = c.value;
      return { spec, describe: `${c.field} = ${c.value}` };
    }
    case "garbage-arn": {
      const arns = leaves(spec).filter(
        (p) => typeof get(spec, p) === "string" && (get(spec, p) as string).startsWith("arn:") && !p.some((key) => FREE_TEXT.has(String(key))),
      );
      if (arns.length === 0) return undefined;
      const path = arns[c.pick % arns.length]!;
      set(spec, path, c.garbage);
      return { spec, describe: `${path.join(".")} = ${JSON.stringify(c.garbage)}` };
    }
    case "bad-name":
      spec["name"] = c.name;
      return { spec, describe: `name = ${JSON.stringify(c.name)}` };
  }
}
