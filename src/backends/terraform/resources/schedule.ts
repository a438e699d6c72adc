import { CloudwatchEventRule } from "@cdktf/provider-aws/lib/cloudwatch-event-rule/index.js";
import { CloudwatchEventTarget } from "@cdktf/provider-aws/lib/cloudwatch-event-target/index.js";
import { SchedulerSchedule } from "@cdktf/provider-aws/lib/scheduler-schedule/index.js";
import type { RunTaskTarget, ScheduleResource, ScheduleRuleResource } from "../../../ir/index.js";
import type { EmitContext, KindEmitter } from "../context.js";
import { auxiliaryName, primaryName } from "../names.js";
import { nonEmpty, optional } from "./arguments.js";
import { tagsArgument } from "./tags.js";

/** The RunTask arguments both EventBridge flavours share (`ecs_parameters` / `ecs_target`). */
function ecsArguments(target: RunTaskTarget, ctx: EmitContext) {
  return {
    taskDefinitionArn: ctx.ref({ resource: target.taskDefinition, attribute: "arn" }),
    taskCount: target.taskCount,
    ...optional("launchType", target.launchType),
    ...nonEmpty(
      "capacityProviderStrategy",
      target.capacityProviderStrategy.map((item) => ({ capacityProvider: item.provider, weight: item.weight, base: item.base })),
    ),
    networkConfiguration: {
      subnets: [...target.network.subnets],
      securityGroups: target.network.securityGroups.map((group) => ctx.value(group)),
      assignPublicIp: target.network.assignPublicIp,
    },
    enableExecuteCommand: target.enableExecuteCommand,
    propagateTags: target.propagateTags,
    enableEcsManagedTags: target.enableEcsManagedTags,
  };
}

/** Retry policy and dead-letter queue, spelled the same way in both resources. */
function deliveryArguments(target: RunTaskTarget) {
  return {
    retryPolicy: {
      maximumRetryAttempts: target.retry.maximumAttempts,
      maximumEventAgeInSeconds: target.retry.maximumEventAgeSeconds,
    },
    ...(target.deadLetterQueueArn === undefined ? {} : { deadLetterConfig: { arn: target.deadLetterQueueArn } }),
  };
}

/**
 * `schedule` → `aws_scheduler_schedule` in the default group. `flexible_time_window` is a
 * required block, so "no window" is mode OFF. The resource takes no tags.
 */
export const scheduleEmitter: KindEmitter<ScheduleResource> = {
  attributes: { arn: "arn", name: "name", id: "id" },
  emit(schedule, ctx) {
    const window = schedule.flexibleWindowMinutes;
    return ctx.create(SchedulerSchedule, primaryName(schedule.id), {
      name: schedule.name,
      description: schedule.description,
      scheduleExpression: schedule.expression,
      scheduleExpressionTimezone: schedule.timezone,
      flexibleTimeWindow: window === undefined ? { mode: "OFF" } : { mode: "FLEXIBLE", maximumWindowInMinutes: window },
      state: schedule.enabled ? "ENABLED" : "DISABLED",
      target: {
        arn: schedule.target.clusterArn,
        roleArn: ctx.ref({ resource: schedule.target.role, attribute: "arn" }),
        ecsParameters: ecsArguments(schedule.target, ctx),
        ...deliveryArguments(schedule.target),
      },
    });
  },
};

/**
 * `scheduleRule` → `aws_cloudwatch_event_rule` plus its one `aws_cloudwatch_event_target`
 * (`<rule>_target`): Terraform models targets as separate resources where CloudFormation
 * nests them in the rule.
 */
export const scheduleRuleEmitter: KindEmitter<ScheduleRuleResource> = {
  attributes: { arn: "arn", name: "name", id: "id" },
  emit(rule, ctx) {
    const construct = ctx.create(CloudwatchEventRule, primaryName(rule.id), {
      name: rule.name,
      description: rule.description,
      scheduleExpression: rule.expression,
      state: rule.enabled ? "ENABLED" : "DISABLED",
      ...tagsArgument(rule.tags),
    });
    ctx.create(CloudwatchEventTarget, auxiliaryName(rule.id, "target"), {
      rule: construct.name,
      targetId: rule.targetId,
      arn: rule.target.clusterArn,
      roleArn: ctx.ref({ resource: rule.target.role, attribute: "arn" }),
      ecsTarget: ecsArguments(rule.target, ctx),
      ...deliveryArguments(rule.target),
    });
    return construct;
  },
};
