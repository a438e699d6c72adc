import { z } from "zod";

/** Names berth turns into logical ids and Terraform names: kebab-case, starting with a letter. */
const scalingName = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,63}$/, "must be 1–64 lower-case letters, digits and hyphens, starting with a letter");

/** A scheduled change of the scaling bounds (e.g. scale up before business hours). */
export const scheduledScaling = z.strictObject({
  /** Action name, unique per service, e.g. `weekday-morning`. */
  name: scalingName,
  /**
   * When the action runs, in Application Auto Scaling's syntax: `cron(0 8 ? * MON-FRI *)` (six
   * fields: minutes hours day-of-month month day-of-week year; one of the day fields is `?`),
   * `rate(6 hours)`, or `at(2026-11-27T06:00:00)` for once.
   */
  expression: z.string().min(1).max(256),
  /**
   * IANA time zone `cron(…)` and `at(…)` are read in, e.g. `Europe/Berlin`; daylight saving time
   * is followed. @default "UTC" (Application Auto Scaling's default; nothing is emitted)
   */
  timezone: z.string().min(1).max(64).optional(),
  /** New minimum task count from that time on. @default unchanged */
  min: z.number().int().min(0).optional(),
  /** New maximum task count from that time on. @default unchanged */
  max: z.number().int().min(0).optional(),
});

/**
 * Scale on the SQS backlog per task: the queue's visible messages divided by the service's
 * running tasks (Application Auto Scaling's documented metric math). The running task count is
 * the `ECS/ContainerInsights` metric `RunningTaskCount`, so **Container Insights must be enabled
 * on the cluster**; without it the policy has no data and never scales.
 */
export const queueScaling = z.strictObject({
  /** ARN of the SQS queue the service consumes, in the spec's account and region. */
  arn: z.string(),
  /**
   * Messages per task the service can work off within an acceptable latency, e.g. acceptable
   * latency 60 s / 0.5 s per message = 120. The target of the tracking policy.
   */
  backlogPerTask: z.number().int().min(1),
});

/** A CloudWatch metric: what a step scaling alarm watches. */
export const cloudWatchMetric = z.strictObject({
  /** e.g. `AWS/SQS`, `AWS/ApplicationELB`, or your application's own namespace. */
  namespace: z.string().min(1).max(255),
  /** e.g. `ApproximateAgeOfOldestMessage`. */
  name: z.string().min(1).max(255),
  /** Dimensions exactly as the metric is published, e.g. `{ QueueName: "orders" }`. @default {} */
  dimensions: z.record(z.string().min(1).max(255), z.string().min(1).max(1024)).default({}),
  /** How datapoints of one period are combined. @default "Average" */
  statistic: z.enum(["Average", "Sum", "Maximum", "Minimum", "SampleCount"]).default("Average"),
});

/** One step of a step scaling policy: from which metric value on, by how much. */
export const scalingStep = z.strictObject({
  /**
   * Metric value where this step starts, in the metric's own unit. With `when: "above"` a step
   * covers `at` up to the next higher `at`; with `"below"` it covers `at` down to the next lower.
   * The first step's `at` is the alarm threshold.
   */
  at: z.number(),
  /** Tasks to add (positive) or remove (negative), percent for `adjustment: "percent"`, the count for `"exact"`. */
  change: z.number().int(),
});

/** A step scaling policy on any CloudWatch metric: an alarm on the metric triggers the policy. */
export const stepScaling = z.strictObject({
  /** Unique per service; names the policy and its alarm, e.g. `queue-age`. */
  name: scalingName,
  metric: cloudWatchMetric,
  /** Scale when the metric rises to the first step (`above`, scale out) or falls to it (`below`, scale in). */
  when: z.enum(["above", "below"]),
  /** At most 20 steps with distinct `at` values, in any order. */
  steps: z.array(scalingStep).min(1).max(20),
  /** `count`: add/remove tasks; `percent`: change by a percentage; `exact`: set the count. @default "count" */
  adjustment: z.enum(["count", "percent", "exact"]).default("count"),
  /** For `percent`: change by at least this many tasks. @default none */
  minAdjustmentMagnitude: z.number().int().min(1).optional(),
  /** Seconds per datapoint of the alarm: 10, 30 or a multiple of 60. @default 60 */
  periodSeconds: z.number().int().min(10).default(60),
  /** Periods the alarm looks at. @default 3 */
  evaluationPeriods: z.number().int().min(1).default(3),
  /** Breaching datapoints among them that trigger the policy. @default evaluationPeriods (all) */
  datapointsToAlarm: z.number().int().min(1).optional(),
  /** How the alarm treats periods without data. @default "missing" (CloudWatch's default) */
  treatMissingData: z.enum(["missing", "notBreaching", "breaching", "ignore"]).default("missing"),
  /** Seconds before the policy acts again. @default scaleOutCooldown for `above`, scaleInCooldown for `below` */
  cooldown: z.number().int().min(0).max(3600).optional(),
});

/**
 * Application Auto Scaling for the service's task count. With scaling on, the stack stops
 * owning the running count: infra deploys never reset what auto scaling set (CloudFormation
 * omits `DesiredCount`; Terraform ignores changes to `desired_count`).
 */
export const scaling = z.strictObject({
  /** Fewest tasks. */
  min: z.number().int().min(0),
  /** Most tasks. */
  max: z.number().int().min(1),
  /** Target average CPU utilization in percent (target tracking). @default none */
  cpuPercent: z.number().min(1).max(100).optional(),
  /** Target average memory utilization in percent (target tracking). @default none */
  memoryPercent: z.number().min(1).max(100).optional(),
  /** Target ALB requests per task per minute (target tracking; needs `loadBalancer`). @default none */
  requestsPerTarget: z.number().int().min(1).optional(),
  /** Target SQS backlog per task (queue workers; needs Container Insights on the cluster). @default none */
  queue: queueScaling.optional(),
  /** Step scaling policies on any CloudWatch metric, each with its alarm. @default [] */
  stepScaling: z.array(stepScaling).max(10).default([]),
  /** Seconds after a scale-in before target tracking scales in again. @default 300 */
  scaleInCooldown: z.number().int().min(0).max(3600).default(300),
  /** Seconds after a scale-out before target tracking scales out again. @default 60 */
  scaleOutCooldown: z.number().int().min(0).max(3600).default(60),
  /** Target tracking only ever scales out; scale in by hand, schedule or a `below` step policy. @default false */
  disableScaleIn: z.boolean().default(false),
  /** Scheduled changes of min/max. @default [] */
  schedule: z.array(scheduledScaling).max(50).default([]),
});

/** What a spec author writes under `scaling` (defaults optional). */
export type ScalingSpec = z.input<typeof scaling>;
/** `scaling` after parsing: every default filled in. */
export type ParsedScaling = z.output<typeof scaling>;
/** One entry of `scaling.stepScaling`, as written. */
export type StepScalingSpec = z.input<typeof stepScaling>;
