import type { ListenerRuleResource, TargetGroupResource } from "../ir/index.js";
import { targetGroupName } from "../spec/names.js";
import { IDS, type LowerContext } from "./context.js";
import { loadBalancerTarget } from "./ports.js";

/** The IP target group the service registers its tasks in, or undefined without a load balancer. */
export function lowerTargetGroup(ctx: LowerContext): TargetGroupResource | undefined {
  const lb = ctx.spec.loadBalancer;
  const target = loadBalancerTarget(ctx);
  // Validation guarantees a network (for its VPC) whenever there is a load balancer.
  if (!lb || !target || !ctx.spec.network) return undefined;
  const hc = lb.healthCheck;
  return {
    kind: "targetGroup",
    id: IDS.targetGroup,
    name: targetGroupName(ctx.spec),
    vpcId: ctx.spec.network.vpc,
    port: target.containerPort,
    protocol: lb.protocol,
    // awsvpc tasks have their own ENIs and register by IP; bridge/host tasks register as the
    // instance plus (dynamic) host port, and are health-checked on that traffic port.
    targetType: ctx.spec.networkMode === "awsvpc" ? "ip" : "instance",
    healthCheck: {
      path: hc.path,
      protocol: lb.protocol,
      intervalSeconds: hc.interval,
      timeoutSeconds: hc.timeout,
      healthyThreshold: hc.healthyThreshold,
      unhealthyThreshold: hc.unhealthyThreshold,
      matcher: hc.matcher,
    },
    deregistrationDelaySeconds: lb.deregistrationDelay,
    tags: ctx.tags,
  };
}

/** The rule on the shared listener that forwards the spec's paths/hosts to the target group. */
export function lowerListenerRule(ctx: LowerContext): ListenerRuleResource | undefined {
  const lb = ctx.spec.loadBalancer;
  if (!lb) return undefined;
  return {
    kind: "listenerRule",
    id: IDS.listenerRule,
    listenerArn: lb.listener,
    priority: lb.priority,
    pathPatterns: lb.paths,
    hostHeaders: lb.hosts,
    targetGroup: IDS.targetGroup,
  };
}
