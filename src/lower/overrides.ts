import type { JsonValue, Override, StackOverrides } from "../ir/index.js";
import type { WorkloadSpec } from "../spec/workload.js";

/** Code-point order, the same on every machine. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function flatten(byTarget: Readonly<Record<string, Readonly<Record<string, unknown>>>>): Override[] {
  const list: Override[] = [];
  for (const target of Object.keys(byTarget).sort(compare)) {
    const paths = byTarget[target] ?? {};
    // Sorted, so a parent path ("A") is set before the paths inside it ("A.B").
    for (const path of Object.keys(paths).sort(compare)) list.push({ target, path, value: paths[path] as JsonValue });
  }
  return list;
}

/**
 * The spec's overrides as the IR carries them: one flat, sorted list per backend. Undefined
 * when the spec has none, so stacks without overrides are unchanged.
 */
export function lowerOverrides(spec: Pick<WorkloadSpec, "overrides">): StackOverrides | undefined {
  if (spec.overrides === undefined) return undefined;
  const lowered = { cloudformation: flatten(spec.overrides.cloudformation), terraform: flatten(spec.overrides.terraform) };
  return lowered.cloudformation.length + lowered.terraform.length === 0 ? undefined : lowered;
}

/** The stack's `overrides` field: present only when the spec has overrides. */
export function overridesField(spec: Pick<WorkloadSpec, "overrides">): { readonly overrides?: StackOverrides } {
  const overrides = lowerOverrides(spec);
  return overrides === undefined ? {} : { overrides };
}
