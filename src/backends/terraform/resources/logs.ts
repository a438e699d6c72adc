import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group/index.js";
import type { LogGroupResource } from "../../../ir/index.js";
import type { KindEmitter } from "../context.js";
import { primaryName } from "../names.js";
import { tagsArgument } from "./tags.js";

/**
 * `logGroup` → `aws_cloudwatch_log_group`. A kept group gets `skip_destroy`: `terraform destroy`
 * forgets it instead of deleting it (CloudFormation's DeletionPolicy Retain).
 */
export const logGroupEmitter: KindEmitter<LogGroupResource> = {
  attributes: { name: "name", arn: "arn" },
  emit(logGroup, ctx) {
    return ctx.create(CloudwatchLogGroup, primaryName(logGroup.id), {
      name: logGroup.name,
      retentionInDays: logGroup.retentionDays,
      ...(logGroup.kmsKey === undefined ? {} : { kmsKeyId: logGroup.kmsKey }),
      ...(logGroup.logGroupClass === undefined ? {} : { logGroupClass: logGroup.logGroupClass }),
      // Terraform's counterpart of DeletionPolicy Retain: destroy removes the group from state only.
      ...(logGroup.retainOnDelete ? { skipDestroy: true } : {}),
      ...tagsArgument(logGroup.tags),
    });
  },
};
