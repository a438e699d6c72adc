import type { RunTaskTarget, ScheduleResource, ScheduleRuleResource } from "../../../ir/index.js";
import type { References } from "../attributes.js";
import { cfnTags, nonEmpty, type CfnObject, type CfnResource } from "../values.js";

/**
 * The ECS parameters both EventBridge flavours take. The only spelling difference between them
 * is the awsvpc key (`AwsvpcConfiguration` for Scheduler, `AwsVpcConfiguration` for rules), so
 * the caller names it.
 */
function ecsParameters(target: RunTaskTarget, refs: References, awsvpcKey: "AwsvpcConfiguration" | "AwsVpcConfiguration"): CfnObject {
  return {
    TaskDefinitionArn: refs.attribute({ resource: target.taskDefinition, attribute: "arn" }, "taskDefinition"),
    TaskCount: target.taskCount,
    LaunchType: target.launchType,
    CapacityProviderStrategy: nonEmpty(
      target.capacityProviderStrategy.map((item) => ({ CapacityProvider: item.provider, Weight: item.weight, Base: item.base })),
    ),
    NetworkConfiguration: {
      [awsvpcKey]: {
        Subnets: [...target.network.subnets],
        SecurityGroups: target.network.securityGroups.map((group) => refs.value(group)),
        AssignPublicIp: target.network.assignPublicIp ? "ENABLED" : "DISABLED",
      },
    },
    EnableExecuteCommand: target.enableExecuteCommand,
    PropagateTags: target.propagateTags,
    EnableECSManagedTags: target.enableEcsManagedTags,
  };
}

/** Target settings outside the ECS parameters: the role, the retry policy and the dead-letter queue. */
function delivery(target: RunTaskTarget, refs: References): CfnObject {
  return {
    Arn: target.clusterArn,
    RoleArn: refs.attribute({ resource: target.role, attribute: "arn" }, "role"),
    RetryPolicy: {
      MaximumRetryAttempts: target.retry.maximumAttempts,
      MaximumEventAgeInSeconds: target.retry.maximumEventAgeSeconds,
    },
    DeadLetterConfig: target.deadLetterQueueArn === undefined ? undefined : { Arn: target.deadLetterQueueArn },
  };
}

/**
 * `schedule` → `AWS::Scheduler::Schedule` in the default group. `FlexibleTimeWindow` is required
 * by the resource, so "no window" is written as mode OFF. Schedules take no tags (only
 * schedule groups do).
 */
export function scheduleResource(schedule: ScheduleResource, refs: References): CfnResource {
  const window = schedule.flexibleWindowMinutes;
  return {
    Type: "AWS::Scheduler::Schedule",
    Properties: {
      Name: schedule.name,
      Description: schedule.description,
      ScheduleExpression: schedule.expression,
      ScheduleExpressionTimezone: schedule.timezone,
      FlexibleTimeWindow: window === undefined ? { Mode: "OFF" } : { Mode: "FLEXIBLE", MaximumWindowInMinutes: window },
      State: schedule.enabled ? "ENABLED" : "DISABLED",
      Target: { ...delivery(schedule.target, refs), EcsParameters: ecsParameters(schedule.target, refs, "AwsvpcConfiguration") },
    },
  };
}

/** `scheduleRule` → `AWS::Events::Rule` on the default event bus with the task as its one target. */
export function scheduleRuleResource(rule: ScheduleRuleResource, refs: References): CfnResource {
  return {
    Type: "AWS::Events::Rule",
    Properties: {
      Name: rule.name,
      Description: rule.description,
      ScheduleExpression: rule.expression,
      State: rule.enabled ? "ENABLED" : "DISABLED",
      Targets: [
        {
          Id: rule.targetId,
          ...delivery(rule.target, refs),
          EcsParameters: ecsParameters(rule.target, refs, "AwsVpcConfiguration"),
        },
      ],
      Tags: cfnTags(rule.tags),
    },
  };
}
