import { LbListenerRule, type LbListenerRuleCondition } from "@cdktf/provider-aws/lib/lb-listener-rule/index.js";
import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group/index.js";
import type { ListenerRuleResource, TargetGroupResource } from "../../../ir/index.js";
import type { KindEmitter } from "../context.js";
import { primaryName } from "../names.js";
import { tagsArgument } from "./tags.js";

/** `targetGroup` → `aws_lb_target_group` registering tasks by IP (awsvpc networking). */
export const targetGroupEmitter: KindEmitter<TargetGroupResource> = {
  // arn_suffix is what CloudWatch calls the target group's full name (targetgroup/<name>/<id>).
  attributes: { arn: "arn", name: "name", id: "id", fullName: "arn_suffix" },
  emit(group, ctx) {
    const check = group.healthCheck;
    return ctx.create(LbTargetGroup, primaryName(group.id), {
      name: group.name,
      vpcId: group.vpcId,
      port: group.port,
      protocol: group.protocol,
      targetType: group.targetType,
      // The provider types the delay as a string (it accepts "0").
      deregistrationDelay: String(group.deregistrationDelaySeconds),
      healthCheck: {
        path: check.path,
        protocol: check.protocol,
        interval: check.intervalSeconds,
        timeout: check.timeoutSeconds,
        healthyThreshold: check.healthyThreshold,
        unhealthyThreshold: check.unhealthyThreshold,
        matcher: check.matcher,
      },
      ...tagsArgument(group.tags),
    });
  },
};

/** One `condition` block per kind of match; ALB ANDs the blocks and ORs values inside one. */
function conditions(rule: ListenerRuleResource): LbListenerRuleCondition[] {
  const blocks: LbListenerRuleCondition[] = [];
  if (rule.pathPatterns.length > 0) blocks.push({ pathPattern: { values: [...rule.pathPatterns] } });
  if (rule.hostHeaders.length > 0) blocks.push({ hostHeader: { values: [...rule.hostHeaders] } });
  if (blocks.length === 0) throw new Error(`berth bug: listener rule "${rule.id}" has no condition`);
  return blocks;
}

/** `listenerRule` → `aws_lb_listener_rule` forwarding to the stack's target group. */
export const listenerRuleEmitter: KindEmitter<ListenerRuleResource> = {
  attributes: { arn: "arn", id: "id" },
  emit(rule, ctx) {
    return ctx.create(LbListenerRule, primaryName(rule.id), {
      listenerArn: ctx.literalOrImport(rule.listenerArn),
      priority: rule.priority,
      condition: conditions(rule),
      action: [{ type: "forward", targetGroupArn: ctx.ref({ resource: rule.targetGroup, attribute: "arn" }) }],
      // Blue/green: CodeDeploy points the action at the live target group on every deployment;
      // an apply must not send production traffic back to the one it started with.
      ...(rule.externallyManaged?.includes("actions") ? { lifecycle: { ignoreChanges: ["action"] } } : {}),
    });
  },
};
