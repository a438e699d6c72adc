import { z } from "zod";

/** One IAM policy statement for the task role. */
export const policyStatement = z.strictObject({
  /** Allow or deny. @default "Allow" */
  effect: z.enum(["Allow", "Deny"]).default("Allow"),
  /** Actions such as `s3:GetObject`. */
  actions: z.array(z.string().regex(/^([a-z0-9-]+:[A-Za-z0-9*]+|\*)$/, "must look like service:Action")).min(1),
  /** Resource ARNs (or `*`). */
  resources: z.array(z.string().min(1)).min(1),
  /** IAM condition block, passed through as written. @default none */
  conditions: z.record(z.string(), z.record(z.string(), z.union([z.string(), z.array(z.string())]))).optional(),
});

/**
 * The task role: what the application code inside the containers may do. berth creates it with
 * the statements and managed policies listed here; with `arn`, the tasks use that existing role
 * instead and berth creates no task role and attaches nothing (so `statements` and
 * `managedPolicies` must stay empty, B930; the generated README lists what the role must allow).
 */
export const taskRole = z.strictObject({
  /**
   * ARN of an existing IAM role the tasks assume instead of one berth creates, e.g.
   * `arn:aws:iam::123456789012:role/legacy/orders-task`. It must trust `ecs-tasks.amazonaws.com`.
   * @default none (berth creates the task role)
   */
  arn: z.string().optional(),
  /** Inline policy statements. @default [] */
  statements: z.array(policyStatement).default([]),
  /** Managed policy ARNs to attach. @default [] */
  managedPolicies: z.array(z.string()).default([]),
});

export type TaskRoleSpec = z.input<typeof taskRole>;

/**
 * The execution role the ECS agent uses (image pull, log streams, secrets). berth creates it with
 * exactly what the task needs unless `arn` names an existing role; then berth creates no
 * execution role and the generated README lists what that role must allow.
 */
export const executionRole = z.strictObject({
  /**
   * ARN of an existing IAM role the ECS agent uses for this task, e.g.
   * `arn:aws:iam::123456789012:role/ecsTaskExecutionRole`. It must trust `ecs-tasks.amazonaws.com`.
   */
  arn: z.string(),
});

export type ExecutionRoleSpec = z.input<typeof executionRole>;
