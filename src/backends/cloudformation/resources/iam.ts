import type { PolicyStatement, RoleResource } from "../../../ir/index.js";
import { cfnTags, nonEmpty, type CfnObject, type CfnResource, type CfnValue } from "../values.js";

/** IAM policy language version; the only one that supports policy variables and conditions fully. */
const POLICY_VERSION = "2012-10-17";

/** An IAM condition block, copied into the template as-is (operator → key → value(s)). */
function conditionBlock(conditions: PolicyStatement["conditions"]): CfnObject | undefined {
  if (conditions === undefined || Object.keys(conditions).length === 0) return undefined;
  const block: Record<string, CfnObject> = {};
  for (const [operator, keys] of Object.entries(conditions)) {
    const values: Record<string, CfnValue> = {};
    for (const [key, value] of Object.entries(keys)) values[key] = typeof value === "string" ? value : [...value];
    block[operator] = values;
  }
  return block;
}

function statement(source: PolicyStatement): CfnObject {
  return {
    Sid: source.sid,
    Effect: source.effect,
    Action: [...source.actions],
    Resource: [...source.resources],
    Condition: conditionBlock(source.conditions),
  };
}

/**
 * `role` → `AWS::IAM::Role`: a trust policy for one service principal (with the IR's
 * confused-deputy conditions), managed policy attachments and inline policies, with the IR's
 * path and permissions boundary when it has them.
 */
export function roleResource(role: RoleResource): CfnResource {
  return {
    Type: "AWS::IAM::Role",
    Properties: {
      RoleName: role.name,
      Description: role.description,
      Path: role.path,
      PermissionsBoundary: role.permissionsBoundary,
      AssumeRolePolicyDocument: {
        Version: POLICY_VERSION,
        Statement: [
          {
            Effect: "Allow",
            Principal: { Service: role.principal },
            Action: "sts:AssumeRole",
            Condition: conditionBlock(role.trustConditions),
          },
        ],
      },
      ManagedPolicyArns: nonEmpty(role.managedPolicies),
      Policies: nonEmpty(
        role.inlinePolicies.map((policy) => ({
          PolicyName: policy.name,
          PolicyDocument: { Version: POLICY_VERSION, Statement: policy.statements.map(statement) },
        })),
      ),
      Tags: cfnTags(role.tags),
    },
  };
}
