import type { PolicyStatement } from "../ir/index.js";
import { execLogGroupName } from "../spec/cluster.js";
import { arn } from "./aws.js";
import type { WorkloadContext } from "./context.js";
import { logGroupName } from "./logs.js";

/**
 * The actions the SSM agent ECS starts in each container needs to open the session channels
 * (AWS's "IAM permissions required for ECS Exec"). ssmmessages has no resource-level
 * permissions, so `*` is the only resource.
 */
const CHANNEL_ACTIONS = ["ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel", "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel"];

/** What the agent does in the session log group: its own stream, found again by name, written to. */
const SESSION_LOG_ACTIONS = ["logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"];

/**
 * The log group ECS Exec sessions of these tasks are written to, under the cluster spec's
 * settings: the cluster's own group (`logging: "cluster"`, ECS's OVERRIDE), or the tasks' awslogs
 * group (`"task"`, ECS's DEFAULT: every container berth logs with awslogs writes to the stack's
 * group, and a FireLens log router always does). Undefined when sessions are not logged, or when
 * the cluster is not in the run.
 */
function sessionLogGroup(ctx: WorkloadContext): string | undefined {
  const cluster = ctx.clusterSpec;
  if (cluster === undefined) return undefined;
  switch (cluster.exec.logging) {
    case "cluster":
      return execLogGroupName(cluster);
    case "task":
      return logGroupName(ctx);
    case "none":
      return undefined;
  }
}

/**
 * Task role statements for ECS Exec (`exec: true`). The SSM agent runs inside the task with the
 * task role's credentials, so besides the session channels it needs what the cluster's ECS Exec
 * configuration asks of it at session start, or `aws ecs execute-command` fails:
 *
 * - sessions logged to CloudWatch Logs: DescribeLogGroups (a list action without resource-level
 *   permissions, hence `*`), and CreateLogStream, DescribeLogStreams and PutLogEvents on exactly
 *   the session log group's streams;
 * - sessions encrypted with a customer managed KMS key: kms:Decrypt on exactly that key.
 *
 * Only a `defineCluster()` spec of the same run tells berth these settings (it deploys to the
 * workload's account and region, B754, so the group's ARN is the stack's own). For a cluster
 * defined elsewhere only the channel actions are granted: add what its logging or KMS key needs
 * through `taskRole.statements`.
 */
export function execTaskRoleStatements(ctx: WorkloadContext): PolicyStatement[] {
  const statements: PolicyStatement[] = [{ sid: "EcsExec", effect: "Allow", actions: CHANNEL_ACTIONS, resources: ["*"] }];
  const group = sessionLogGroup(ctx);
  if (group !== undefined) {
    statements.push(
      { sid: "EcsExecDescribeLogGroups", effect: "Allow", actions: ["logs:DescribeLogGroups"], resources: ["*"] },
      { sid: "EcsExecSessionLogs", effect: "Allow", actions: SESSION_LOG_ACTIONS, resources: [arn(ctx.env, "logs", `log-group:${group}:*`)] },
    );
  }
  const key = ctx.clusterSpec?.exec.kmsKey;
  if (key !== undefined) statements.push({ sid: "EcsExecDecrypt", effect: "Allow", actions: ["kms:Decrypt"], resources: [key] });
  return statements;
}
