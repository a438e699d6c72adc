import type { ExistingRole, RoleResource, Stack } from "../ir/index.js";
import { policyJson, statementJson } from "../backends/iam-json.js";
import { code, cell, fence, listing } from "./markdown.js";

/** How the README names each of the task's roles. */
const PURPOSE: Readonly<Record<ExistingRole["purpose"], string>> = {
  execution: "Execution role (used by the ECS agent: image pull, log streams, secrets)",
  task: "Task role (assumed by the containers' code)",
};

/**
 * One role the spec brings, for the README: its ARN, the trust it needs, and — as the policy
 * documents berth would have attached, built from the same IR statements the created role gets —
 * what it must allow. A role with nothing to allow says so, so an empty list is never ambiguous.
 */
function existingRoleData(role: ExistingRole): Record<string, unknown> {
  const documents = role.inlinePolicies
    .filter((p) => p.statements.length > 0)
    .map((p) => {
      const json = JSON.stringify(policyJson(p.statements.map(statementJson)), null, 2);
      return { name: code(cell(p.name)), json, fence: fence(json) };
    });
  const conditions = role.trustConditions === undefined ? "" : JSON.stringify(role.trustConditions);
  return {
    title: PURPOSE[role.purpose],
    arn: code(cell(role.arn)),
    id: code(role.id),
    principal: code(role.principal),
    trustConditions: conditions === "" ? false : code(cell(conditions)),
    managedPolicies: role.managedPolicies.map((p) => code(cell(p))),
    documents,
    nothing: documents.length === 0 && role.managedPolicies.length === 0,
  };
}

/** The "Roles you bring" section's data: one entry per role the spec gives by ARN. */
export function existingRolesData(stack: Stack): Record<string, unknown>[] {
  return (stack.existingRoles ?? []).map(existingRoleData);
}

/**
 * The sentence about the spec's role path and permissions boundary, read from the roles the
 * stack creates (they all get the same ones), or false when they have neither.
 */
export function roleSettingsLine(stack: Stack): string | false {
  const roles = stack.resources.filter((r): r is RoleResource => r.kind === "role");
  const first = roles[0];
  if (first === undefined || (first.path === undefined && first.permissionsBoundary === undefined)) return false;
  const parts = [
    ...(first.path === undefined ? [] : [`the IAM path ${code(cell(first.path))}`]),
    ...(first.permissionsBoundary === undefined ? [] : [`the permissions boundary ${code(cell(first.permissionsBoundary))}`]),
  ];
  return `Every IAM role this stack creates (${listing(roles.map((r) => code(r.id)))}) has ${listing(parts)}.`;
}
