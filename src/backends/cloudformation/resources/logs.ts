import type { LogGroupResource } from "../../../ir/index.js";
import { cfnTags, type CfnResource } from "../values.js";

/**
 * `logGroup` → `AWS::Logs::LogGroup`. The stack owns the group (rather than letting the awslogs
 * driver create it) so retention is set and the group is tagged and deleted with the service.
 */
export function logGroupResource(group: LogGroupResource): CfnResource {
  return {
    Type: "AWS::Logs::LogGroup",
    Properties: {
      LogGroupName: group.name,
      RetentionInDays: group.retentionDays,
      Tags: cfnTags(group.tags),
    },
  };
}
