import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { DEFINITION_KINDS } from "../kinds.js";
import { secretsManager, ssmParameter } from "../spec/define.js";
import { Call, SpecObject, type SpecValue } from "./spec-tree.js";
import type { MappedSpec } from "./map-task.js";

/** The berth helpers a written spec may call, by name. */
const HELPERS: Readonly<Record<string, (...args: never[]) => unknown>> = { secretsManager, ssmParameter };

/** The value the written spec evaluates to: objects as plain records, helper calls evaluated. */
export function evaluate(value: SpecValue): unknown {
  if (value instanceof Call) {
    const helper = HELPERS[value.fn];
    if (helper === undefined) throw new Error(`berth bug: the importer calls an unknown helper ${value.fn}`);
    return (helper as (...args: unknown[]) => unknown)(...value.args.map(evaluate));
  }
  if (value instanceof SpecObject) return Object.fromEntries(value.properties.map((p) => [p.key, evaluate(p.value)]));
  if (Array.isArray(value)) return value.map((v: SpecValue) => evaluate(v));
  return value;
}

/**
 * Runs berth's own validation (shape and semantic rules) on the spec the importer is about to
 * write, so a spec that would need edits before `berth generate` is caught here, with the very
 * diagnostics `generate` would print.
 */
export function checkSpec(mapped: MappedSpec, file: string): readonly Diagnostic[] {
  return DEFINITION_KINDS[mapped.kind].validate(evaluate(mapped.spec), file).diagnostics;
}
