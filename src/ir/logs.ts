import type { ResourceId, Tags } from "./refs.js";

/** A CloudWatch Logs group the stack owns. */
export interface LogGroupResource {
  readonly kind: "logGroup";
  readonly id: ResourceId;
  /** Full name, e.g. `/ecs/my-api`. */
  readonly name: string;
  readonly retentionDays: number;
  readonly tags: Tags;
}
