/**
 * CodeDeploy's service role for a blue/green service, with exactly the permissions of that
 * deployment instead of the managed AWSCodeDeployRoleForECS. The managed policy lets CodeDeploy
 * invoke every Lambda function, read every S3 object and pass any role to ECS; berth knows the
 * service, its listeners, its hook functions and its two roles, so it grants on those.
 *
 * What CodeDeploy calls during an ECS deployment is the managed policy's action list (AWS
 * managed policy reference, AWSCodeDeployRoleForECS): task sets on the service, listener and
 * rule rewrites, alarm reads, hook invocations and PassRole of the task's roles.
 */
import type { PolicyStatement, RoleResource } from "../ir/index.js";
import { codeDeployRoleName } from "../spec/deploy-names.js";
import { primaryAttachment } from "../spec/load-balancers.js";
import { arn } from "./aws.js";
import type { LowerContext } from "./context.js";
import { clusterName, deploymentAlarmRefs } from "./deploy-alarms.js";
import { DEPLOY_IDS, type BlueGreenSpec } from "./deploy-ids.js";
import { executionRoleArn, roleSettings, taskRoleArn } from "./iam.js";

/**
 * The listener and the rules on it CodeDeploy may rewrite: a listener ARN
 * `…:listener/app/<lb>/<lb id>/<listener id>` owns rules `…:listener-rule/app/<lb>/<lb id>/<listener id>/<rule id>`.
 * A listener that is not a literal ARN (a reference to one berth creates) is scoped to the
 * stack's account and region instead.
 */
function listenerResources(ctx: LowerContext, listener: unknown): string[] {
  if (typeof listener === "string" && /:listener\/(?:app|net)\//.test(listener)) {
    return [listener, `${listener.replace(":listener/", ":listener-rule/")}/*`];
  }
  return [arn(ctx.env, "elasticloadbalancing", "listener/*"), arn(ctx.env, "elasticloadbalancing", "listener-rule/*")];
}

/** The inline policy statements of the CodeDeploy role of this blue/green service. */
export function codeDeployStatements(ctx: LowerContext, spec: BlueGreenSpec): PolicyStatement[] {
  const cluster = clusterName(spec.cluster);
  const listeners = [primaryAttachment(spec)?.listener, spec.deploy.testTraffic?.listener].filter((l) => l !== undefined);
  const hooks = Object.values(spec.deploy.hooks).filter((h): h is string => h !== undefined);
  const passRoles = [taskRoleArn(ctx), executionRoleArn(ctx)];
  const statements: PolicyStatement[] = [
    {
      sid: "TaskSets",
      effect: "Allow",
      actions: ["ecs:CreateTaskSet", "ecs:DeleteTaskSet", "ecs:DescribeServices", "ecs:UpdateServicePrimaryTaskSet"],
      resources: [arn(ctx.env, "ecs", `service/${cluster}/${spec.name}`), arn(ctx.env, "ecs", `task-set/${cluster}/${spec.name}/*`)],
    },
    {
      // ELB's Describe calls support no resource-level permissions.
      sid: "ReadLoadBalancing",
      effect: "Allow",
      actions: ["elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeRules", "elasticloadbalancing:DescribeTargetGroups"],
      resources: ["*"],
    },
    {
      sid: "ShiftTraffic",
      effect: "Allow",
      actions: ["elasticloadbalancing:ModifyListener", "elasticloadbalancing:ModifyRule"],
      resources: [...new Set(listeners.flatMap((l) => listenerResources(ctx, l)))].sort(),
    },
    {
      sid: "PassTaskRoles",
      effect: "Allow",
      actions: ["iam:PassRole"],
      resources: [...new Set(passRoles)].sort(),
      conditions: { StringEquals: { "iam:PassedToService": "ecs-tasks.amazonaws.com" } },
    },
  ];
  if (deploymentAlarmRefs(ctx).length > 0) {
    // DescribeAlarms authorizes per alarm ARN: the account's alarms in this region, not "*".
    statements.push({ sid: "ReadAlarms", effect: "Allow", actions: ["cloudwatch:DescribeAlarms"], resources: [arn(ctx.env, "cloudwatch", "alarm:*")] });
  }
  if (hooks.length > 0) {
    statements.push({ sid: "InvokeHooks", effect: "Allow", actions: ["lambda:InvokeFunction"], resources: [...new Set(hooks)].sort() });
  }
  return statements;
}

/**
 * The role CodeDeploy assumes. Its trust policy admits CodeDeploy only on behalf of this account
 * where CodeDeploy says on whose behalf it acts: `StringEqualsIfExists` on aws:SourceAccount,
 * because CodeDeploy's documentation does not promise the key on every AssumeRole, and a plain
 * `StringEquals` would then fail every deployment rather than only a confused deputy's.
 */
export function codeDeployRole(ctx: LowerContext, spec: BlueGreenSpec): RoleResource {
  return {
    kind: "role",
    id: DEPLOY_IDS.codeDeployRole,
    name: codeDeployRoleName(spec),
    description: `CodeDeploy role of ${spec.name}: blue/green deployments of the ECS service`,
    principal: "codedeploy.amazonaws.com",
    trustConditions: { StringEqualsIfExists: { "aws:SourceAccount": ctx.env.account } },
    managedPolicies: [],
    inlinePolicies: [{ name: "blue-green", statements: codeDeployStatements(ctx, spec) }],
    ...roleSettings(spec),
    tags: ctx.tags,
  };
}
