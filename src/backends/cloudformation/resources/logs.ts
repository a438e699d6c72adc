import type { LogGroupResource } from "../../../ir/index.js";
import { cfnTags, type CfnResource } from "../values.js";

/**
 * `logGroup` → `AWS::Logs::LogGroup`. The stack owns the group (rather than letting the awslogs
 * driver create it) so retention is set and the group is tagged and deleted with the service.
 */
export function logGroupResource(group: LogGroupResource): CfnResource {
  return {
    Type: "AWS::Logs::LogGroup",
    // Kept logs outlive the stack: deleting it (or replacing the group) leaves the group behind.
    ...(group.retainOnDelete ? { DeletionPolicy: "Retain" as const, UpdateReplacePolicy: "Retain" as const } : {}),
    Properties: {
      LogGroupName: group.name,
      RetentionInDays: group.retentionDays,
      KmsKeyId: group.kmsKey,
      LogGroupClass: group.logGroupClass,
      Tags: cfnTags(group.tags),
    },
  };
}
