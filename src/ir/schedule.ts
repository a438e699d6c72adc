import type { ResourceId, StringValue, Tags } from "./refs.js";
import type { CapacityProviderStrategyItem } from "./service.js";

/**
 * What EventBridge starts on each run: `ecs:RunTask` of a task definition in a cluster, with
 * the network, capacity and tagging settings RunTask takes. Shared by both ways of scheduling.
 */
export interface RunTaskTarget {
  /** ARN of the cluster (EventBridge targets name clusters by ARN only). */
  readonly clusterArn: string;
  readonly taskDefinition: ResourceId;
  /** Copies started per run (1–10). */
  readonly taskCount: number;
  /** Absent when a capacity provider strategy is used (the two are mutually exclusive). */
  readonly launchType?: "FARGATE" | "EC2";
  readonly capacityProviderStrategy: readonly CapacityProviderStrategyItem[];
  /** awsvpc configuration of the started tasks. */
  readonly network: {
    readonly subnets: readonly string[];
    readonly securityGroups: readonly StringValue[];
    readonly assignPublicIp: boolean;
  };
  readonly enableExecuteCommand: boolean;
  /** Copy the task definition's tags onto each started task. */
  readonly propagateTags: "TASK_DEFINITION";
  readonly enableEcsManagedTags: boolean;
  /** The role EventBridge assumes to call RunTask and pass the task's roles. */
  readonly role: ResourceId;
  /** Retries of a failed RunTask call. */
  readonly retry: { readonly maximumAttempts: number; readonly maximumEventAgeSeconds: number };
  /** SQS queue receiving runs that could not be started after all retries. */
  readonly deadLetterQueueArn?: string;
}

/** An EventBridge Scheduler schedule (in the default schedule group) that runs a task. */
export interface ScheduleResource {
  readonly kind: "schedule";
  readonly id: ResourceId;
  readonly name: string;
  readonly description: string;
  /** `cron(…)`, `rate(…)` or `at(…)`, as EventBridge reads it. */
  readonly expression: string;
  /** IANA time zone the expression is evaluated in. */
  readonly timezone: string;
  /** Minutes within which a run may start; absent = exactly at the scheduled time (mode OFF). */
  readonly flexibleWindowMinutes?: number;
  readonly enabled: boolean;
  readonly target: RunTaskTarget;
}

/** A scheduled EventBridge rule (default event bus, UTC) with the task as its only target. */
export interface ScheduleRuleResource {
  readonly kind: "scheduleRule";
  readonly id: ResourceId;
  readonly name: string;
  readonly description: string;
  /** `cron(…)` or `rate(…)`; rules have no `at()` and no time zone. */
  readonly expression: string;
  readonly enabled: boolean;
  /** Id of the task among the rule's targets. */
  readonly targetId: string;
  readonly target: RunTaskTarget;
  readonly tags: Tags;
}
