import type { ResourceFacts } from "./service-spec.js";
import { canonical, referencedIds, valuesAt, type Json, type TemplateResource, type TemplateResources } from "./template.js";

/** What CloudFormation does with one resource when the new template is deployed over the old. */
export type ResourceAction = "added" | "removed" | "updated" | "replaced";

/** One resource whose deployment does something. */
export interface ResourceChange {
  readonly logicalId: string;
  readonly type: string;
  readonly action: ResourceAction;
  /** Top-level properties whose value differs, sorted. */
  readonly changedProperties: readonly string[];
  /** Create-only paths whose value differs (the reason for a replacement), sorted. */
  readonly replacedBecause: readonly string[];
  /** Replaced resources whose new physical id or attributes this one takes, sorted. */
  readonly followsReplaced: readonly string[];
  /**
   * The fixed name a replacement keeps (property and value). CloudFormation creates the
   * replacement before deleting the old resource, so a kept custom name makes the update fail.
   */
  readonly fixedName?: { readonly property: string; readonly value: string };
  /** True when the resource type is unknown to the resource database (reported as an update). */
  readonly unknownType?: boolean;
}

/**
 * Compares two templates resource by resource. A change to a create-only path (from `facts`)
 * replaces the resource; so does a create-only reference to a replaced resource (its physical id
 * changes), repeated until nothing more is replaced. Any other reference to a replaced resource
 * is an in-place update. Result sorted by logical id.
 */
export function compareTemplates(before: TemplateResources, after: TemplateResources, facts: ResourceFacts): ResourceChange[] {
  const changes = new Map<string, ResourceChange>();
  for (const [id, resource] of before) if (!after.has(id)) changes.set(id, empty(resource, "removed"));
  for (const [id, resource] of after) if (!before.has(id)) changes.set(id, empty(resource, "added"));

  const kept = [...after.values()].filter((r) => before.has(r.logicalId));
  const replaced = new Set<string>();
  let grew = true;
  // Replacement cascades through create-only references; each pass can only add ids, so it ends.
  while (grew) {
    grew = false;
    for (const resource of kept) {
      const change = compareKept(before.get(resource.logicalId)!, resource, facts, replaced);
      if (change.action === "replaced" && !replaced.has(resource.logicalId)) {
        replaced.add(resource.logicalId);
        grew = true;
      }
      if (change.action !== "unchanged") changes.set(resource.logicalId, { ...change, action: change.action });
    }
  }
  return [...changes.values()].sort((a, b) => (a.logicalId < b.logicalId ? -1 : 1));
}

function empty(resource: TemplateResource, action: ResourceAction): ResourceChange {
  return { logicalId: resource.logicalId, type: resource.type, action, changedProperties: [], replacedBecause: [], followsReplaced: [] };
}

function compareKept(
  old: TemplateResource,
  next: TemplateResource,
  facts: ResourceFacts,
  replaced: ReadonlySet<string>,
): Omit<ResourceChange, "action"> & { action: ResourceAction | "unchanged" } {
  const keys = [...new Set([...Object.keys(old.properties), ...Object.keys(next.properties)])].sort();
  const changedProperties = keys.filter((key) => canonical(old.properties[key]) !== canonical(next.properties[key]));
  const known = facts(next.type);
  const createOnly = old.type === next.type ? (known?.createOnly ?? []) : [];
  const oldJson = old.properties as Json;
  const nextJson = next.properties as Json;
  const replacedBecause = old.type !== next.type ? ["Type"] : createOnly.filter((path) => valuesAt(oldJson, path) !== valuesAt(nextJson, path));
  // A create-only value that refers to a replaced resource changes at deploy time too.
  for (const path of createOnly) {
    const refs = [...referencedIds(JSON.parse(valuesAt(nextJson, path)) as Json)].filter((id) => replaced.has(id));
    if (refs.length > 0 && !replacedBecause.includes(path)) replacedBecause.push(path);
  }
  replacedBecause.sort();
  const followsReplaced = [...referencedIds(nextJson)].filter((id) => replaced.has(id)).sort();
  const action = replacedBecause.length > 0 ? "replaced" : changedProperties.length > 0 || followsReplaced.length > 0 ? "updated" : "unchanged";
  const fixedName = action === "replaced" ? keptName(old, next, createOnly) : undefined;
  return {
    logicalId: next.logicalId,
    type: next.type,
    action,
    changedProperties,
    replacedBecause,
    followsReplaced,
    ...(fixedName ? { fixedName } : {}),
    ...(known === undefined ? { unknownType: true } : {}),
  };
}

/**
 * The resource's own name property, when it is create-only, set to a literal and unchanged.
 * The name property is recognised by CloudFormation's naming convention rather than a table:
 * `Name`, or `<suffix of the type name>Name` (`ServiceName` of `AWS::ECS::Service`, `GroupName`
 * of `AWS::EC2::SecurityGroup`, `LogGroupName` of `AWS::Logs::LogGroup`), which leaves out
 * references such as a deployment group's `ApplicationName`.
 */
export function keptName(old: TemplateResource, next: TemplateResource, createOnly: readonly string[]): { property: string; value: string } | undefined {
  const typeName = next.type.split("::")[2] ?? "";
  for (const property of createOnly) {
    if (property.includes(".")) continue;
    const isOwnName = property === "Name" || (property.endsWith("Name") && property.length > 4 && typeName.endsWith(property.slice(0, -4)));
    const value = next.properties[property];
    if (isOwnName && typeof value === "string" && old.properties[property] === value) return { property, value };
  }
  return undefined;
}
