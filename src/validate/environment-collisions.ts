import { render } from "../diagnostics/catalogue.js";
import { formatPath, type Diagnostic } from "../diagnostics/diagnostic.js";
import { isPlainObject } from "../spec/environments.js";

/** One validated environment of a spec. */
export interface ParsedInstance {
  readonly environment: string;
  readonly spec: unknown;
}

/** A name the spec author chose (not derived from the spec's name), read from a parsed spec. */
interface ChosenName {
  /** Path of the field, as the diagnostic shows it. */
  readonly field: (string | number)[];
  readonly value: string;
}

/**
 * Names a spec sets explicitly whose resources are unique per account and region (or per
 * listener, or per Cloud Map namespace). The names berth derives from the spec's name already
 * carry the environment; these do not, so two environments in one account must not share them.
 */
function chosenNames(spec: unknown): ChosenName[] {
  const at = (...path: string[]): unknown => path.reduce<unknown>((value, key) => (isPlainObject(value) ? value[key] : undefined), spec);
  const names: ChosenName[] = [];
  const add = (field: (string | number)[], value: unknown) => {
    if (typeof value === "string" || typeof value === "number") names.push({ field, value: String(value) });
  };
  add(["loadBalancer", "targetGroupName"], at("loadBalancer", "targetGroupName"));
  const listener = at("loadBalancer", "listener");
  if (typeof listener === "string") add(["loadBalancer", "priority"], `${String(at("loadBalancer", "priority"))} on ${listener}`);
  add(["deploy", "targetGroups", "blue"], at("deploy", "targetGroups", "blue"));
  add(["deploy", "targetGroups", "green"], at("deploy", "targetGroups", "green"));
  add(["deploy", "imageTagParameter"], at("deploy", "imageTagParameter"));
  const discoveryName = at("discovery", "name");
  if (typeof discoveryName === "string") add(["discovery", "name"], `${discoveryName} in ${String(at("discovery", "namespace"))}`);
  const providers = at("capacityProviders", "ec2");
  if (Array.isArray(providers)) providers.forEach((p, i) => add(["capacityProviders", "ec2", i, "name"], isPlainObject(p) ? p["name"] : undefined));
  return names;
}

/**
 * B144: two environments of one spec deploying to the same account and region with the same
 * explicitly chosen name (target group, rule priority on one listener, SSM parameter, Cloud Map
 * service, EC2 capacity provider). Reported once per clash, at the last environment's field.
 */
export function environmentNameCollisions(instances: readonly ParsedInstance[], file: string): Diagnostic[] {
  const seen = new Map<string, { environments: string[]; field: (string | number)[]; account: string; region: string; value: string }>();
  for (const { environment, spec } of instances) {
    const account = isPlainObject(spec) ? String(spec["account"]) : "";
    const region = isPlainObject(spec) ? String(spec["region"]) : "";
    for (const { field, value } of chosenNames(spec)) {
      const key = JSON.stringify([account, region, formatPath(field.map((s) => (typeof s === "number" ? "*" : s))), value]);
      const entry = seen.get(key) ?? { environments: [], field, account, region, value };
      entry.environments.push(environment);
      entry.field = field;
      seen.set(key, entry);
    }
  }
  const out: Diagnostic[] = [];
  for (const clash of seen.values()) {
    if (clash.environments.length < 2) continue;
    const last = clash.environments[clash.environments.length - 1]!;
    const args = { field: formatPath(clash.field), value: clash.value, environments: clash.environments, account: clash.account, region: clash.region };
    out.push({ code: "B144", severity: "error", file, path: formatPath(["environments", last, ...clash.field]), ...render("B144", args) });
  }
  return out;
}
