import { IamRole } from "@cdktf/provider-aws/lib/iam-role/index.js";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy/index.js";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment/index.js";
import type { RoleResource } from "../../../ir/index.js";
import { policyJson, statementJson } from "../../iam-json.js";
import type { KindEmitter } from "../context.js";
import { auxiliaryName, primaryName, snakeCase } from "../names.js";
import { tagsArgument } from "./tags.js";

/** A policy document as the JSON string the AWS provider expects. */
function policyDocument(statements: readonly Record<string, unknown>[]): string {
  return JSON.stringify(policyJson(statements));
}

/**
 * Terraform suffixes for a role's managed policy attachments: each policy's name (the last ARN
 * segment), so reordering or adding a policy never renames another's attachment. Two policies
 * can share a name (AWS's `ReadOnlyAccess` and an account's own); those, and only those, are
 * qualified with the owning account and the policy's path, which tell them apart.
 */
export function managedPolicySuffixes(arns: readonly string[]): Map<string, string> {
  const byName = new Map<string, number>();
  const nameOf = (arn: string) => snakeCase(arn.slice(arn.lastIndexOf("/") + 1));
  for (const arn of arns) byName.set(nameOf(arn), (byName.get(nameOf(arn)) ?? 0) + 1);
  return new Map(
    arns.map((arn) => {
      if (byName.get(nameOf(arn)) === 1) return [arn, `policy_${arn.slice(arn.lastIndexOf("/") + 1)}`];
      // arn:<partition>:iam::<account or "aws">:policy/<path>/<name>
      const [, , , , account = "", resource = ""] = arn.split(":");
      return [arn, `policy_${account}_${resource.replace(/^policy\//, "")}`];
    }),
  );
}

/**
 * `role` → `aws_iam_role`, one `aws_iam_role_policy_attachment` per managed policy and one
 * `aws_iam_role_policy` per inline policy. Inline policies are separate resources rather than
 * the role's `inline_policy` block, which provider 5.x deprecates. Auxiliary resources are
 * named after the policy, not its position, so reordering the spec does not replace them.
 */
export const roleEmitter: KindEmitter<RoleResource> = {
  attributes: { arn: "arn", name: "name", id: "id" },
  emit(role, ctx) {
    const trust = {
      Effect: "Allow",
      Principal: { Service: role.principal },
      Action: "sts:AssumeRole",
      ...(role.trustConditions === undefined ? {} : { Condition: role.trustConditions }),
    };
    const construct = ctx.create(IamRole, primaryName(role.id), {
      name: role.name,
      description: role.description,
      assumeRolePolicy: policyDocument([trust]),
      ...(role.path === undefined ? {} : { path: role.path }),
      ...(role.permissionsBoundary === undefined ? {} : { permissionsBoundary: role.permissionsBoundary }),
      ...tagsArgument(role.tags),
    });
    const suffixes = managedPolicySuffixes(role.managedPolicies);
    for (const arn of role.managedPolicies) {
      ctx.create(IamRolePolicyAttachment, auxiliaryName(role.id, suffixes.get(arn)!), {
        role: construct.name,
        policyArn: arn,
      });
    }
    for (const policy of role.inlinePolicies) {
      ctx.create(IamRolePolicy, auxiliaryName(role.id, `policy_${policy.name}`), {
        name: policy.name,
        role: construct.name,
        policy: policyDocument(policy.statements.map(statementJson)),
      });
    }
    return construct;
  },
};
