import { LbListenerRule, type LbListenerRuleCondition } from "@cdktf/provider-aws/lib/lb-listener-rule/index.js";
import { LbTargetGroup, type LbTargetGroupStickiness } from "@cdktf/provider-aws/lib/lb-target-group/index.js";
import type { ListenerRuleResource, TargetGroupResource } from "../../../ir/index.js";
import type { KindEmitter } from "../context.js";
import { primaryName } from "../names.js";
import { tagsArgument } from "./tags.js";
import { targetGroupArnOf } from "./target-group-arn.js";

/** The provider's `stickiness` block for the IR's sticky sessions (always enabled when present). */
function stickiness(group: TargetGroupResource): { stickiness?: LbTargetGroupStickiness } {
  const s = group.stickiness;
  if (!s) return {};
  return { stickiness: { enabled: true, type: s.type, cookieDuration: s.durationSeconds, ...(s.type === "app_cookie" ? { cookieName: s.cookieName } : {}) } };
}

/** `targetGroup` → `aws_lb_target_group` (by IP in awsvpc mode, by instance otherwise). */
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
      ...(group.protocolVersion === undefined ? {} : { protocolVersion: group.protocolVersion }),
      targetType: group.targetType,
      // The provider types the delay as a string (it accepts "0").
      deregistrationDelay: String(group.deregistrationDelaySeconds),
      ...(group.slowStartSeconds === undefined ? {} : { slowStart: group.slowStartSeconds }),
      ...(group.algorithm === undefined ? {} : { loadBalancingAlgorithmType: group.algorithm }),
      ...stickiness(group),
      healthCheck: {
        path: check.path,
        protocol: check.protocol,
        // The provider types the port as a string ("traffic-port" or a number).
        ...(check.port === undefined ? {} : { port: String(check.port) }),
        interval: check.intervalSeconds,
        timeout: check.timeoutSeconds,
        healthyThreshold: check.healthyThreshold,
        unhealthyThreshold: check.unhealthyThreshold,
        // One argument for both kinds: HTTP codes, or gRPC codes on a GRPC target group.
        matcher: check.matcher,
      },
      ...tagsArgument(group.tags),
      ...(group.replaceSideBySide ? { lifecycle: { createBeforeDestroy: true } } : {}),
    });
  },
};

/** One `condition` block per kind of match (`http_header`: one per header); ALB ANDs the blocks and ORs values inside one. */
function conditions(rule: ListenerRuleResource): LbListenerRuleCondition[] {
  const blocks: LbListenerRuleCondition[] = [];
  if (rule.pathPatterns.length > 0) blocks.push({ pathPattern: { values: [...rule.pathPatterns] } });
  if (rule.hostHeaders.length > 0) blocks.push({ hostHeader: { values: [...rule.hostHeaders] } });
  for (const header of rule.httpHeaders) blocks.push({ httpHeader: { httpHeaderName: header.name, values: [...header.values] } });
  if (rule.queryStrings.length > 0) {
    blocks.push({ queryString: rule.queryStrings.map((q) => (q.key === undefined ? { value: q.value } : { key: q.key, value: q.value })) });
  }
  if (rule.sourceIps.length > 0) blocks.push({ sourceIp: { values: [...rule.sourceIps] } });
  if (rule.httpMethods.length > 0) blocks.push({ httpRequestMethod: { values: [...rule.httpMethods] } });
  if (blocks.length === 0) throw new Error(`berth bug: listener rule "${rule.id}" has no condition`);
  return blocks;
}

/** `listenerRule` → `aws_lb_listener_rule` forwarding to the attachment's target group. */
export const listenerRuleEmitter: KindEmitter<ListenerRuleResource> = {
  attributes: { arn: "arn", id: "id" },
  emit(rule, ctx) {
    return ctx.create(LbListenerRule, primaryName(rule.id), {
      listenerArn: ctx.literalOrImport(rule.listenerArn),
      priority: rule.priority,
      condition: conditions(rule),
      action: [{ type: "forward", targetGroupArn: targetGroupArnOf(rule.targetGroup, ctx) }],
      // Blue/green: CodeDeploy points the action at the live target group on every deployment;
      // an apply must not send production traffic back to the one it started with.
      ...(rule.externallyManaged?.includes("actions") ? { lifecycle: { ignoreChanges: ["action"] } } : {}),
    });
  },
};
