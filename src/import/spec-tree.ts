import { render, type DiagnosticArgs, type DiagnosticCode } from "../diagnostics/catalogue.js";
import type { Diagnostic, Severity } from "../diagnostics/diagnostic.js";

/** A call of a berth helper in the written spec, e.g. `secretsManager("arn:…")`. */
export class Call {
  /** @param fn Name of the helper exported by "berth". @param args Its arguments. */
  constructor(
    readonly fn: string,
    readonly args: readonly SpecValue[],
  ) {}
}

/** One property of a spec object, with the `// TODO:` comment written above it, if any. */
export interface SpecProperty {
  readonly key: string;
  readonly value: SpecValue;
  readonly todo?: string;
}

/**
 * An object literal of the spec being written. Keys keep insertion order, so the written spec
 * reads in the order of the schema (name, account, region, …) rather than alphabetically.
 */
export class SpecObject {
  readonly properties: SpecProperty[] = [];

  /** Adds a property unless `value` is undefined; `todo` becomes a `// TODO:` line above it. */
  set(key: string, value: SpecValue | undefined, todo?: string): this {
    if (value !== undefined) this.properties.push(todo === undefined ? { key, value } : { key, value, todo });
    return this;
  }

  /** The value of a property already set, or undefined. */
  get(key: string): SpecValue | undefined {
    return this.properties.find((p) => p.key === key)?.value;
  }
}

/** A value in the written spec: JSON-like data, helper calls and commented objects. */
export type SpecValue = string | number | boolean | Call | SpecObject | readonly SpecValue[];

/** Builds a SpecObject from a plain record, skipping undefined values. */
export function objectOf(record: Readonly<Record<string, SpecValue | undefined>>): SpecObject {
  const out = new SpecObject();
  for (const [key, value] of Object.entries(record)) out.set(key, value);
  return out;
}

/**
 * Collects the importer's diagnostics for one input file. Every field the importer cannot map
 * lands here: nothing is dropped silently.
 */
export class ImportReport {
  readonly diagnostics: Diagnostic[] = [];

  /** @param file The input file, as the diagnostics name it. */
  constructor(readonly file: string) {}

  /** Records a catalogued diagnostic at `path` (dotted, as in the input JSON). */
  add<C extends DiagnosticCode>(severity: Severity, code: C, path: string, args: DiagnosticArgs<C>): void {
    this.diagnostics.push({ code, severity, file: this.file, path, ...render(code, args) });
  }

  /** Reports every key of `input` that is not in `known` and not empty as unmappable (B962). */
  rejectUnknown(input: Readonly<Record<string, unknown>>, known: ReadonlySet<string>, path: string): void {
    for (const [key, value] of Object.entries(input)) {
      if (known.has(key) || isEmpty(value)) continue;
      this.add("error", "B962", path === "" ? key : `${path}.${key}`, { field: path === "" ? key : `${path}.${key}` });
    }
  }
}

/** An absent, null, empty list or empty object: describe-task-definition prints these for unset fields. */
export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === "object" && Object.keys(value).length === 0;
}

/** A JSON object of the input (anything else reads as an empty object). */
export type Json = Record<string, unknown>;

/** The value at `key` as a JSON object, or an empty one. */
export const obj = (value: unknown): Json => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : {});

/** The value as an array of JSON objects, or an empty list. */
export const objs = (value: unknown): Json[] => (Array.isArray(value) ? value.map(obj) : []);

/** The value as a string array, or undefined when absent or empty. */
export const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.length > 0 ? value.map((v) => String(v)) : undefined;

/** A string value, or undefined. */
export const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** A number value (numeric strings too, as describe prints task cpu/memory), or undefined. */
export const num = (value: unknown): number | undefined =>
  typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value) ? Number(value) : undefined;

/** A boolean value, or undefined. */
export const bool = (value: unknown): boolean | undefined => (typeof value === "boolean" ? value : undefined);
