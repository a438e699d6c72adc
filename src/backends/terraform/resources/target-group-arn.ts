import { isExistingTargetGroup, type TargetGroupTarget } from "../../../ir/index.js";
import type { EmitContext } from "../context.js";

/**
 * A target group's ARN: a reference to the one the stack creates, the existing one's ARN as is,
 * or the imported ARN of a load balancer stack's group. Kept apart from load-balancer.ts so the
 * service family does not load the ELB bindings.
 */
export function targetGroupArnOf(target: TargetGroupTarget, ctx: EmitContext): string {
  if (typeof target === "string") return ctx.ref({ resource: target, attribute: "arn" });
  return isExistingTargetGroup(target) ? target.existingArn : ctx.imported(target);
}
