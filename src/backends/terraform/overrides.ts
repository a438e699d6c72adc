import type { Override } from "../../ir/index.js";
import { applyOverrides, type OverrideFinding } from "../overrides.js";
import { canonicalize, type Json, type JsonObject } from "./synth.js";

function isObject(value: Json | undefined): value is JsonObject {
  return value !== null && value !== undefined && typeof value === "object" && !Array.isArray(value);
}

/**
 * Applies the spec's Terraform overrides to the synthesized configuration, addressed by
 * `<type>.<name>` like `terraform state` does: the changed configuration (keys sorted again) and
 * what kept an override from applying. On the JSON rather than through cdktf's `addOverride`, so
 * paths index lists and reach into JSON strings exactly as on the CloudFormation side, and the
 * HCL rendering (made from this JSON) carries the same change.
 */
export function applyTerraformOverrides(config: JsonObject, overrides: readonly Override[]): { readonly config: JsonObject; readonly findings: OverrideFinding[] } {
  if (overrides.length === 0) return { config, findings: [] };
  const resources = isObject(config["resource"]) ? config["resource"] : {};
  const bodies = new Map<string, Readonly<Record<string, unknown>>>();
  for (const [type, byName] of Object.entries(resources)) {
    if (!isObject(byName)) continue;
    for (const [name, body] of Object.entries(byName)) if (isObject(body)) bodies.set(`${type}.${name}`, body);
  }
  const { bodies: changed, findings } = applyOverrides(bodies, overrides);
  const resource: Record<string, Record<string, unknown>> = {};
  for (const [address, body] of changed) {
    const dot = address.indexOf(".");
    const type = address.slice(0, dot);
    (resource[type] ??= {})[address.slice(dot + 1)] = body;
  }
  return { config: canonicalize({ ...config, resource }) as JsonObject, findings };
}
