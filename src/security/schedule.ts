import type { SecurityWaiver } from "./waiver.js";

/** EventBridge Scheduler schedules of task stacks. */
export const SCHEDULE_WAIVERS: readonly SecurityWaiver[] = [
  {
    tool: "checkov",
    rule: "CKV_AWS_297",
    title: "EventBridge Scheduler schedules are encrypted with a customer managed key",
    reason:
      "The schedule holds only a target ARN, a role and a network configuration, no secret; EventBridge Scheduler encrypts it with an AWS-owned key, and a customer managed key would add a key policy to maintain for no data worth it.",
    appliesTo: (stack) => stack.resources.some((r) => r.kind === "schedule"),
  },
];
