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

/** The task role: what the application code inside the containers may do. */
export const taskRole = z.strictObject({
  /** Inline policy statements. @default [] */
  statements: z.array(policyStatement).default([]),
  /** Managed policy ARNs to attach. @default [] */
  managedPolicies: z.array(z.string()).default([]),
});

export type TaskRoleSpec = z.input<typeof taskRole>;
