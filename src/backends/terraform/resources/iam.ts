import { IamRole } from "@cdktf/provider-aws/lib/iam-role/index.js";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy/index.js";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment/index.js";
import type { RoleResource } from "../../../ir/index.js";
import { policyJson, statementJson } from "../../iam-json.js";
import type { KindEmitter } from "../context.js";
import { auxiliaryName, primaryName } from "../names.js";
import { tagsArgument } from "./tags.js";

/** A policy document as the JSON string the AWS provider expects. */
function policyDocument(statements: readonly Record<string, unknown>[]): string {
  return JSON.stringify(policyJson(statements));
}

/** Terraform suffix for a managed policy attachment: the policy's name, the last ARN segment. */
function managedPolicySuffix(arn: string): string {
  return `policy_${arn.slice(arn.lastIndexOf("/") + 1)}`;
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
    for (const arn of role.managedPolicies) {
      ctx.create(IamRolePolicyAttachment, auxiliaryName(role.id, managedPolicySuffix(arn)), {
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
