import type { ListenerArn, ListenerRuleResource, TargetGroupResource } from "../ir/index.js";
import type { TargetGroupIdentity } from "../spec/names.js";
import { isNetworkAttachment, listenerArnOf } from "./listener-target.js";
import { blueTargetGroupName } from "../spec/deploy-names.js";
import { deployedTargetGroupName } from "../spec/names.js";
import { IDS, type LowerContext } from "./context.js";
import { DEPLOY_IDS, isBlueGreen } from "./deploy-ids.js";
import { loadBalancerTarget } from "./ports.js";

/**
 * The target group the service registers its tasks in, or undefined without a load balancer.
 * Under blue/green it is the blue one (production traffic at creation); lower/deploy.ts adds green.
 */
export function lowerTargetGroup(ctx: LowerContext): TargetGroupResource | undefined {
  // An NLB listener of a load balancer stack forwards to that stack's own target group.
  if (isNetworkAttachment(ctx.spec)) return undefined;
  return isBlueGreen(ctx.spec)
    ? targetGroupNamed(ctx, DEPLOY_IDS.blueTargetGroup, blueTargetGroupName(ctx.spec))
    : targetGroupNamed(ctx, IDS.targetGroup, (identity) => deployedTargetGroupName(ctx.spec, identity));
}

/** The id of the target group the service and its listener rule start with. */
export function serviceTargetGroupId(ctx: LowerContext): string {
  return isBlueGreen(ctx.spec) ? DEPLOY_IDS.blueTargetGroup : IDS.targetGroup;
}

/**
 * A target group for the service's tasks with the given id and name (blue and green differ only
 * there). The name is a string or a function of the group's create-only properties (berth's
 * replaceable names, spec/names.ts).
 */
export function targetGroupNamed(ctx: LowerContext, id: string, name: string | ((identity: TargetGroupIdentity) => string)): TargetGroupResource | undefined {
  const lb = ctx.spec.loadBalancer;
  const target = loadBalancerTarget(ctx);
  // Validation guarantees a network (for its VPC) whenever there is a load balancer.
  if (!lb || !target || !ctx.spec.network) return undefined;
  const hc = lb.healthCheck;
  const identity = {
    vpcId: ctx.spec.network.vpc,
    port: target.containerPort,
    protocol: lb.protocol,
    // awsvpc tasks have their own ENIs and register by IP; bridge/host tasks register as the
    // instance plus (dynamic) host port, and are health-checked on that traffic port.
    targetType: ctx.spec.networkMode === "awsvpc" ? ("ip" as const) : ("instance" as const),
  };
  return {
    kind: "targetGroup",
    id,
    name: typeof name === "string" ? name : name(identity),
    ...identity,
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
  // Validation guarantees a priority on every ALB listener; NLB listeners have no rules.
  if (!lb || lb.priority === undefined || isNetworkAttachment(ctx.spec)) return undefined;
  return listenerRuleOn(ctx, IDS.listenerRule, listenerArnOf(lb.listener), lb.priority);
}

/**
 * A rule matching the spec's paths/hosts on `listenerArn`. Under blue/green it forwards to the
 * blue target group at creation and CodeDeploy owns the action from then on (it flips it to the
 * other target group on every deployment).
 */
export function listenerRuleOn(ctx: LowerContext, id: string, listenerArn: ListenerArn, priority: number): ListenerRuleResource | undefined {
  const lb = ctx.spec.loadBalancer;
  if (!lb) return undefined;
  return {
    kind: "listenerRule",
    id,
    listenerArn,
    priority,
    pathPatterns: lb.paths,
    hostHeaders: lb.hosts,
    targetGroup: serviceTargetGroupId(ctx),
    ...(isBlueGreen(ctx.spec) ? { externallyManaged: ["actions" as const] } : {}),
  };
}
