import type { JsonValue, Override } from "../ir/index.js";

/**
 * Why an override could not be applied at its path, for the diagnostic the compile step turns
 * it into (the wording lives in the catalogue). `at` is the part of the path that was reached.
 */
export type OverrideProblem =
  | { readonly kind: "leaf"; readonly at: string; readonly found: string }
  | { readonly kind: "index"; readonly at: string; readonly segment: string; readonly length: number };

/** A thrown problem inside the recursion; caught in {@link applyOverride}. */
class Problem {
  constructor(readonly problem: OverrideProblem) {}
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  // Class instances (CloudFormation intrinsics such as !GetAtt) are values, not containers.
  return proto === Object.prototype || proto === null;
}

const INDEX = /^(0|[1-9][0-9]*)$/;

/** A string holding a JSON object or array (Terraform's `container_definitions`, IAM policy documents). */
function parseJsonContainer(value: string): unknown[] | Record<string, unknown> | undefined {
  const text = value.trimStart();
  if (!text.startsWith("{") && !text.startsWith("[")) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) || isPlainObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a reference or function";
  return `a ${typeof value}`;
}

/**
 * The node with `value` set at `segments[i…]`, copying every container on the way (the input is
 * never modified). Semantics, documented in the README:
 * - a segment indexes a list when the node is a list: `0` … `length` (`length` appends);
 * - otherwise it is a key of a map; missing maps and lists on the way are created (a list when
 *   the segment after is an index, so `Ulimits.0` creates `Ulimits: [ … ]`);
 * - a string holding JSON (Terraform's `container_definitions`, policy documents) is parsed,
 *   changed and written back as JSON, so paths reach into it like into any map;
 * - `null` as the value removes the key (or list item) instead of setting it.
 */
function setIn(node: unknown, segments: readonly string[], i: number, value: JsonValue): unknown {
  const segment = segments[i] as string;
  const at = segments.slice(0, i).join(".");
  const last = i === segments.length - 1;
  const next = (child: unknown) => (last ? structuredClone(value) : setIn(child, segments, i + 1, value));
  if (node === undefined) node = INDEX.test(segment) ? [] : {};
  if (typeof node === "string" && i > 0) {
    const parsed = parseJsonContainer(node);
    if (parsed !== undefined) return JSON.stringify(setIn(parsed, segments, i, value));
  }
  if (Array.isArray(node)) {
    if (!INDEX.test(segment) || Number(segment) > node.length) throw new Problem({ kind: "index", at, segment, length: node.length });
    const copy = [...node];
    const index = Number(segment);
    if (last && value === null) copy.splice(index, 1);
    else copy[index] = next(node[index]);
    return copy;
  }
  if (isPlainObject(node)) {
    const copy: Record<string, unknown> = { ...node };
    if (last && value === null) delete copy[segment];
    else copy[segment] = next(node[segment]);
    return copy;
  }
  throw new Problem({ kind: "leaf", at, found: describe(node) });
}

/**
 * Applies one override to a resource body (CloudFormation `Properties`, a Terraform resource's
 * arguments): the changed copy, or the problem that stopped it.
 */
export function applyOverride(body: Readonly<Record<string, unknown>>, override: Override): { readonly body: Record<string, unknown> } | { readonly problem: OverrideProblem } {
  try {
    return { body: setIn(body, override.path.split("."), 0, override.value) as Record<string, unknown> };
  } catch (error) {
    if (error instanceof Problem) return { problem: error.problem };
    throw error;
  }
}

/** What one backend found wrong with a stack's overrides, before anything is emitted. */
export interface OverrideFinding {
  /** The override's target: a CloudFormation logical id or a Terraform resource address. */
  readonly target: string;
  /** The override's path; absent when the target itself does not exist. */
  readonly path?: string;
  /** Set when the target does not exist: every target the stack has, sorted. */
  readonly known?: readonly string[];
  readonly problem?: OverrideProblem;
}

/**
 * Applies every override of one backend to the bodies it targets. `bodies` maps each target the
 * stack has to its body; findings list the overrides that name an unknown target or cannot be
 * applied. Overrides apply in the IR's order (sorted by target, then path: a parent path before
 * the paths inside it).
 */
export function applyOverrides(
  bodies: ReadonlyMap<string, Readonly<Record<string, unknown>>>,
  overrides: readonly Override[],
): { readonly bodies: Map<string, Record<string, unknown>>; readonly findings: OverrideFinding[] } {
  const result = new Map<string, Record<string, unknown>>([...bodies].map(([k, v]) => [k, v as Record<string, unknown>]));
  const findings: OverrideFinding[] = [];
  const known = [...bodies.keys()].sort();
  for (const override of overrides) {
    const body = result.get(override.target);
    if (body === undefined) {
      findings.push({ target: override.target, known });
      continue;
    }
    const applied = applyOverride(body, override);
    if ("problem" in applied) findings.push({ target: override.target, path: override.path, problem: applied.problem });
    else result.set(override.target, applied.body);
  }
  return { bodies: result, findings };
}
