import type { LogGroupResource } from "../ir/index.js";
import { arn } from "./aws.js";
import type { WorkloadContext } from "./context.js";
import { stackLogGroupName } from "../spec/firelens.js";

/** Name of the service's or task's log group. */
export function logGroupName(ctx: WorkloadContext): string {
  return stackLogGroupName(ctx.spec);
}

/** ARN pattern of the log streams in the log group (what the execution role writes to). */
export function logStreamsArn(ctx: WorkloadContext): string {
  return arn(ctx.env, "logs", `log-group:${logGroupName(ctx)}:log-stream:*`);
}

/** The log group every container writes to through awslogs. */
export function lowerLogGroup(ctx: WorkloadContext): LogGroupResource {
  return {
    kind: "logGroup",
    id: ctx.ids.logGroup,
    name: logGroupName(ctx),
    retentionDays: ctx.spec.logging.retentionDays,
    ...(ctx.spec.logging.kmsKey === undefined ? {} : { kmsKey: ctx.spec.logging.kmsKey }),
    ...(ctx.spec.logging.logGroupClass === "STANDARD" ? {} : { logGroupClass: ctx.spec.logging.logGroupClass }),
    retainOnDelete: ctx.spec.logging.retainOnDelete,
    tags: ctx.tags,
  };
}
