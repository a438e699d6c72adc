import { isExistingTargetGroup, type TargetGroupTarget } from "../../../ir/index.js";
import type { EmitContext } from "../context.js";

/**
 * A target group's ARN: a reference to the one the stack creates, or the existing one's ARN as
 * is. Kept apart from load-balancer.ts so the service family does not load the ELB bindings.
 */
export function targetGroupArnOf(target: TargetGroupTarget, ctx: EmitContext): string {
  return isExistingTargetGroup(target) ? target.existingArn : ctx.ref({ resource: target, attribute: "arn" });
}
