import type { ResourceId, Tags } from "./refs.js";

/** A CloudWatch Logs group the stack owns. */
export interface LogGroupResource {
  readonly kind: "logGroup";
  readonly id: ResourceId;
  /** Full name, e.g. `/ecs/my-api`. */
  readonly name: string;
  readonly retentionDays: number;
  /** KMS key ARN the group's events are encrypted with; absent: CloudWatch Logs' own encryption. */
  readonly kmsKey?: string;
  /** Log group class; absent means STANDARD. */
  readonly logGroupClass?: "STANDARD" | "INFREQUENT_ACCESS";
  /** Keep the group (and its events) when the stack is deleted or the group replaced. */
  readonly retainOnDelete: boolean;
  readonly tags: Tags;
}
