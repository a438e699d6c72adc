import type { LogGroupResource } from "../ir/index.js";
import { arn } from "./aws.js";
import { IDS, type LowerContext } from "./context.js";

/** Name of the service's log group. */
export function logGroupName(ctx: LowerContext): string {
  return `/ecs/${ctx.spec.name}`;
}

/** ARN pattern of the log streams in the service's log group (what the execution role writes to). */
export function logStreamsArn(ctx: LowerContext): string {
  return arn(ctx.env, "logs", `log-group:${logGroupName(ctx)}:log-stream:*`);
}

/** The log group every container writes to through awslogs. */
export function lowerLogGroup(ctx: LowerContext): LogGroupResource {
  return {
    kind: "logGroup",
    id: IDS.logGroup,
    name: logGroupName(ctx),
    retentionDays: ctx.spec.logging.retentionDays,
    tags: ctx.tags,
  };
}
