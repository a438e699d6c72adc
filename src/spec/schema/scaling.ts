import { z } from "zod";

/** A scheduled change of the scaling bounds (e.g. scale up before business hours). */
export const scheduledScaling = z.strictObject({
  /** Action name, unique per service. */
  name: z.string().regex(/^[A-Za-z0-9-_]{1,64}$/, "must be 1–64 letters, digits, - or _"),
  /** `cron(…)`, `rate(…)` or `at(…)` in Application Auto Scaling's syntax. */
  expression: z.string().min(1),
  /** IANA time zone the expression is read in. @default "UTC" */
  timezone: z.string().default("UTC"),
  /** New minimum task count from that time on. @default unchanged */
  min: z.number().int().min(0).optional(),
  /** New maximum task count from that time on. @default unchanged */
  max: z.number().int().min(0).optional(),
});

/** Scale on the SQS backlog per task: visible messages divided by running tasks. */
export const queueScaling = z.strictObject({
  /** ARN of the SQS queue the service consumes. */
  queue: z.string(),
  /** Messages per task the service can keep up with; the target of the tracking policy. */
  backlogPerTask: z.number().int().min(1),
});

/**
 * Application Auto Scaling for the service's task count. With scaling on, the stack stops
 * owning the running count: infra deploys never reset what auto scaling set.
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
  /** Target ALB requests per task per minute (needs `loadBalancer`). @default none */
  requestsPerTarget: z.number().int().min(1).optional(),
  /** Target SQS backlog per task (queue workers). @default none */
  queue: queueScaling.optional(),
  /** Seconds after a scale-in before another. @default 300 */
  scaleInCooldown: z.number().int().min(0).max(3600).default(300),
  /** Seconds after a scale-out before another. @default 60 */
  scaleOutCooldown: z.number().int().min(0).max(3600).default(60),
  /** Only ever scale out from target tracking; scale in by hand or schedule. @default false */
  disableScaleIn: z.boolean().default(false),
  /** Scheduled changes of min/max. @default [] */
  schedule: z.array(scheduledScaling).default([]),
});

export type ScalingSpec = z.input<typeof scaling>;
