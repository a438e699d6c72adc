import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group/index.js";
import type { LogGroupResource } from "../../../ir/index.js";
import type { KindEmitter } from "../context.js";
import { primaryName } from "../names.js";
import { tagsArgument } from "./tags.js";

/** `logGroup` → `aws_cloudwatch_log_group`. */
export const logGroupEmitter: KindEmitter<LogGroupResource> = {
  attributes: { name: "name", arn: "arn" },
  emit(logGroup, ctx) {
    return ctx.create(CloudwatchLogGroup, primaryName(logGroup.id), {
      name: logGroup.name,
      retentionInDays: logGroup.retentionDays,
      ...tagsArgument(logGroup.tags),
    });
  },
};
