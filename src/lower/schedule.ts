import type { PolicyStatement, RoleResource, RunTaskTarget, ScheduleResource, ScheduleRuleResource } from "../ir/index.js";
import type { ParsedSchedule, ParsedTask } from "../spec/schema/index.js";
import { arn, type Environment } from "./aws.js";
import { TASK_IDS, type WorkloadContext } from "./context.js";
import { executionRoleArn, roleSettings, taskRoleArn } from "./iam.js";
import { awsvpcConfiguration } from "./network.js";

/** The context of a task stack. */
export type TaskContext = WorkloadContext<ParsedTask>;

/** Who assumes the schedule role: EventBridge Scheduler, or EventBridge itself for a rule. */
const PRINCIPAL: Readonly<Record<ParsedSchedule["via"], string>> = {
  scheduler: "scheduler.amazonaws.com",
  rule: "events.amazonaws.com",
};

/** The cluster's name, whether the spec gives a name or an ARN (`arn:…:cluster/<name>`). */
export function clusterName(cluster: string): string {
  return cluster.startsWith("arn:") ? cluster.slice(cluster.indexOf(":cluster/") + ":cluster/".length) : cluster;
}

/** The cluster's ARN: EventBridge targets and IAM conditions need it even when the spec names the cluster. */
export function clusterArn(env: Environment, cluster: string): string {
  return cluster.startsWith("arn:") ? cluster : arn(env, "ecs", `cluster/${cluster}`);
}

/** Name of the role EventBridge assumes; regional, like the task's roles, since IAM is global. */
export function scheduleRoleName(task: { readonly name: string; readonly region: string }): string {
  return `${task.name}-${task.region}-schedule`;
}

/**
 * What EventBridge names as `aws:SourceArn` when it assumes the role: the schedule group for
 * Scheduler (berth's schedules live in "default"), the rule itself for a rule. Together with
 * `aws:SourceAccount` this is the confused-deputy guard both services document, so no other
 * schedule or rule, in this account or another, can use the role.
 */
function scheduleSourceArn(env: Environment, schedule: ParsedSchedule, name: string): string {
  return schedule.via === "scheduler" ? arn(env, "scheduler", "schedule-group/default") : arn(env, "events", `rule/${name}`);
}

/**
 * The role EventBridge assumes on each run, with nothing but what starting this task needs:
 * RunTask on the task's family (any revision, so a new revision needs no policy change) in its
 * cluster only; PassRole on exactly the task's two roles (created or given), and only to ECS tasks; TagResource on
 * the tasks it starts, because propagated and ECS-managed tags are applied by RunTask
 * (tag-on-create needs that permission); SendMessage on the dead-letter queue (Scheduler
 * delivers to it with this role; rules use the queue's own policy instead).
 */
export function lowerScheduleRole(ctx: TaskContext, schedule: ParsedSchedule): RoleResource {
  const { env, spec } = ctx;
  const statements: PolicyStatement[] = [
    {
      sid: "RunTask",
      effect: "Allow",
      actions: ["ecs:RunTask"],
      resources: [arn(env, "ecs", `task-definition/${spec.name}:*`)],
      conditions: { ArnEquals: { "ecs:cluster": clusterArn(env, spec.cluster) } },
    },
    {
      sid: "PassTaskRoles",
      effect: "Allow",
      actions: ["iam:PassRole"],
      // The roles the tasks run with: the spec's own when given by ARN, else the ones the stack creates (path included).
      resources: [...new Set([executionRoleArn(ctx), taskRoleArn(ctx)])],
      conditions: { StringEquals: { "iam:PassedToService": "ecs-tasks.amazonaws.com" } },
    },
    {
      sid: "TagStartedTasks",
      effect: "Allow",
      actions: ["ecs:TagResource"],
      resources: [arn(env, "ecs", `task/${clusterName(spec.cluster)}/*`)],
      conditions: { StringEquals: { "ecs:CreateAction": "RunTask" } },
    },
  ];
  if (schedule.deadLetterQueue !== undefined && schedule.via === "scheduler") {
    statements.push({ sid: "DeadLetterQueue", effect: "Allow", actions: ["sqs:SendMessage"], resources: [schedule.deadLetterQueue] });
  }
  return {
    kind: "role",
    id: TASK_IDS.scheduleRole,
    name: scheduleRoleName(spec),
    description: `${schedule.via === "scheduler" ? "EventBridge Scheduler" : "EventBridge rule"} role starting ${spec.name}`,
    principal: PRINCIPAL[schedule.via],
    trustConditions: {
      StringEquals: { "aws:SourceAccount": env.account },
      ArnEquals: { "aws:SourceArn": scheduleSourceArn(env, schedule, spec.name) },
    },
    managedPolicies: [],
    inlinePolicies: [{ name: "run-task", statements }],
    ...roleSettings(spec),
    tags: ctx.tags,
  };
}

/** What each run starts; the same for a Scheduler schedule and a rule. */
function runTaskTarget(ctx: TaskContext, schedule: ParsedSchedule): RunTaskTarget {
  const { spec } = ctx;
  const network = awsvpcConfiguration(ctx);
  // Tasks are awsvpc-only and their schema requires a network, so this is a lowering bug.
  if (!network) throw new Error(`berth bug: task ${spec.name} has no awsvpc configuration`);
  return {
    clusterArn: clusterArn(ctx.env, spec.cluster),
    taskDefinition: TASK_IDS.taskDefinition,
    taskCount: schedule.taskCount,
    ...(spec.capacityProviders ? {} : { launchType: ctx.compute }),
    capacityProviderStrategy: (spec.capacityProviders ?? []).map((p) => ({ provider: p.provider, weight: p.weight, base: p.base })),
    network,
    enableExecuteCommand: spec.exec,
    propagateTags: "TASK_DEFINITION",
    enableEcsManagedTags: true,
    role: TASK_IDS.scheduleRole,
    retry: { maximumAttempts: schedule.retry.maximumAttempts, maximumEventAgeSeconds: schedule.retry.maximumEventAgeSeconds },
    ...(schedule.deadLetterQueue === undefined ? {} : { deadLetterQueueArn: schedule.deadLetterQueue }),
  };
}

/** The Scheduler schedule or the EventBridge rule that runs the task. */
export function lowerSchedule(ctx: TaskContext, schedule: ParsedSchedule): ScheduleResource | ScheduleRuleResource {
  const { spec } = ctx;
  const description = `Runs ECS task ${spec.name} on ${schedule.expression}${schedule.via === "scheduler" ? ` (${schedule.timezone ?? "UTC"})` : " (UTC)"}`;
  const target = runTaskTarget(ctx, schedule);
  if (schedule.via === "rule") {
    return {
      kind: "scheduleRule",
      id: TASK_IDS.scheduleRule,
      name: spec.name,
      description,
      expression: schedule.expression,
      enabled: schedule.enabled,
      targetId: "run-task",
      target,
      tags: ctx.tags,
    };
  }
  return {
    kind: "schedule",
    id: TASK_IDS.schedule,
    name: spec.name,
    description,
    expression: schedule.expression,
    timezone: schedule.timezone ?? "UTC",
    ...(schedule.flexibleWindowMinutes === undefined ? {} : { flexibleWindowMinutes: schedule.flexibleWindowMinutes }),
    enabled: schedule.enabled,
    target,
  };
}
