import type { ResourceId, Tags } from "../../ir/index.js";
import { isIntrinsic, type Intrinsic } from "./intrinsics.js";

/** A value that can appear in a CloudFormation template. */
export type CfnValue = string | number | boolean | Intrinsic | readonly CfnValue[] | CfnObject;

/**
 * A template mapping. `undefined` members are allowed so resource builders can write optional
 * properties inline (`User: container.user`); {@link canonical} drops them.
 */
export interface CfnObject {
  readonly [key: string]: CfnValue | undefined;
}

/** One entry of the template's `Resources` section, before canonical ordering. */
export interface CfnResource {
  readonly Type: string;
  /** Logical ids this resource must wait for; omitted when empty. */
  readonly DependsOn?: readonly ResourceId[];
  /** `Retain` keeps the physical resource when the stack deletes (or replaces) it. */
  readonly DeletionPolicy?: "Retain";
  readonly UpdateReplacePolicy?: "Retain";
  readonly Properties: CfnObject;
}

/**
 * Compares two strings by Unicode code point. Not `localeCompare` (depends on the machine's ICU
 * data and locale) and not `<` on UTF-16 code units (orders astral characters before U+E000–U+FFFF):
 * output must be byte-identical everywhere.
 */
export function compareCodePoints(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i += 1) {
    const diff = (left[i]?.codePointAt(0) ?? 0) - (right[i]?.codePointAt(0) ?? 0);
    if (diff !== 0) return diff;
  }
  return left.length - right.length;
}

/**
 * Returns a copy of `value` with every mapping's keys in code-point order and `undefined` members
 * removed. Lists keep their order: in the IR, list order is meaningful (container order,
 * command arguments, statement order) and already stable.
 */
export function canonical(value: CfnValue): CfnValue {
  if (typeof value !== "object" || isIntrinsic(value)) return value;
  if (isList(value)) return value.map(canonical);
  const result: Record<string, CfnValue> = {};
  for (const key of Object.keys(value).sort(compareCodePoints)) {
    const member = value[key];
    if (member !== undefined) result[key] = canonical(member);
  }
  return result;
}

// `Array.isArray` does not narrow readonly arrays out of a union; this guard does.
function isList(value: CfnValue): value is readonly CfnValue[] {
  return Array.isArray(value);
}

/**
 * IR tags as CloudFormation's `[{ Key, Value }]` list, sorted by key; `undefined` when there are
 * none so the `Tags` property is left out rather than written as `[]`.
 */
export function cfnTags(tags: Tags): CfnValue[] | undefined {
  const keys = Object.keys(tags).sort(compareCodePoints);
  if (keys.length === 0) return undefined;
  return keys.map((key) => ({ Key: key, Value: tags[key] ?? "" }));
}

/** A list, or `undefined` when empty, so empty optional list properties are omitted. */
export function nonEmpty<T extends CfnValue>(items: readonly T[]): readonly T[] | undefined {
  return items.length === 0 ? undefined : items;
}
