import yaml from "js-yaml";
import { Base64, CFN_SCHEMA, GetAtt, ImportValue, Ref, Sub } from "../backends/cloudformation/intrinsics.js";

/** A JSON value: what a template's properties are once intrinsics are written in long form. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** One resource of a template, as far as an update is concerned. */
export interface TemplateResource {
  readonly logicalId: string;
  readonly type: string;
  /** Properties with intrinsics in CloudFormation's long form (`{ Ref: X }`, `{ "Fn::GetAtt": [X, A] }`). */
  readonly properties: { readonly [key: string]: Json };
}

/** The resources of one CloudFormation template, keyed by logical id. */
export type TemplateResources = ReadonlyMap<string, TemplateResource>;

/**
 * Reads a CloudFormation template berth wrote (short-form intrinsics included). Returns an error
 * message instead of throwing: a previous template is user data, and may have been edited.
 */
export function parseTemplate(text: string): TemplateResources | { error: string } {
  let document: unknown;
  try {
    document = yaml.load(text, { schema: CFN_SCHEMA });
  } catch (error) {
    return { error: error instanceof Error ? error.message.split("\n")[0]! : String(error) };
  }
  const resources = (document as { Resources?: unknown } | null)?.Resources;
  if (typeof resources !== "object" || resources === null) return { error: "the template has no Resources section" };
  const out = new Map<string, TemplateResource>();
  for (const logicalId of Object.keys(resources).sort()) {
    const resource = (resources as Record<string, { Type?: unknown; Properties?: unknown }>)[logicalId];
    if (typeof resource?.Type !== "string") return { error: `resource ${logicalId} has no Type` };
    const properties = longForm(resource.Properties ?? {});
    out.set(logicalId, { logicalId, type: resource.Type, properties: properties as { [key: string]: Json } });
  }
  return out;
}

/** Intrinsic value objects → the long form, so values compare and serialize as plain JSON. */
function longForm(value: unknown): Json {
  if (value instanceof Ref) return { Ref: value.logicalId };
  if (value instanceof GetAtt) return { "Fn::GetAtt": [value.logicalId, value.attribute] };
  if (value instanceof Sub) return { "Fn::Sub": value.template };
  if (value instanceof Base64) return { "Fn::Base64": value.text };
  if (value instanceof ImportValue) return { "Fn::ImportValue": value.exportName };
  if (Array.isArray(value)) return value.map(longForm);
  if (typeof value === "object" && value !== null) {
    const out: Record<string, Json> = {};
    for (const key of Object.keys(value).sort()) out[key] = longForm((value as Record<string, unknown>)[key]);
    return out;
  }
  return value as Json;
}

/** Canonical text of a value (keys sorted by construction), for equality and stable output. */
export function canonical(value: Json | undefined): string {
  return value === undefined ? "" : JSON.stringify(value);
}

/** Logical ids a value refers to through Ref, GetAtt or `${X}` / `${X.Attr}` in Sub. */
export function referencedIds(value: Json | undefined, into: Set<string> = new Set()): Set<string> {
  if (value === null || value === undefined || typeof value !== "object") return into;
  if (Array.isArray(value)) {
    for (const member of value) referencedIds(member as Json, into);
    return into;
  }
  const record = value as { readonly [key: string]: Json };
  if (typeof record.Ref === "string") into.add(record.Ref);
  const getAtt = record["Fn::GetAtt"];
  if (Array.isArray(getAtt) && typeof getAtt[0] === "string") into.add(getAtt[0]);
  const sub = record["Fn::Sub"];
  if (typeof sub === "string") for (const match of sub.matchAll(/\$\{([A-Za-z0-9]+)(?:\.[^}]*)?\}/g)) into.add(match[1]!);
  for (const member of Object.values(record)) referencedIds(member, into);
  return into;
}

/** The values at a dotted path (`[]` steps into every list element), as canonical text. */
export function valuesAt(value: Json | undefined, path: string): string {
  const found: Json[] = [];
  const walk = (current: Json | undefined, steps: readonly string[]): void => {
    if (current === undefined) return;
    const [step, ...rest] = steps;
    if (step === undefined) {
      found.push(current);
      return;
    }
    const list = step.endsWith("[]");
    const key = list ? step.slice(0, -2) : step;
    if (current === null || typeof current !== "object" || Array.isArray(current)) return;
    const next = (current as { readonly [key: string]: Json })[key];
    if (list && Array.isArray(next)) for (const element of next) walk(element as Json, rest);
    else if (!list) walk(next, rest);
  };
  walk(value, path.split("."));
  return JSON.stringify(found);
}
