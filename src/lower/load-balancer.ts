import type { ListenerArn, ListenerRuleResource, TargetGroupResource, TargetGroupTarget } from "../ir/index.js";
import { blueTargetGroupName } from "../spec/deploy-names.js";
import { attachmentRules, loadBalancerAttachments, type Attachment, type AttachmentRule, type RuleConditions } from "../spec/load-balancers.js";
import { deployedTargetGroupName, type TargetGroupIdentity } from "../spec/names.js";
import { targetHealthCheck, type ParsedAttachment } from "../spec/schema/load-balancer.js";
import { IDS, type LowerContext } from "./context.js";
import { DEPLOY_IDS, isBlueGreen } from "./deploy-ids.js";
import { isNetworkAttachment, listenerArnOf as listenerTargetArn, networkTargetGroupImport } from "./listener-target.js";
import { attachmentTarget } from "./ports.js";

/** The health check ELB runs when the attachment sets none (the schema's field defaults). */
const DEFAULT_HEALTH_CHECK = targetHealthCheck.parse({});

/** gRPC health checks: ELB's defaults for a GRPC target group (a gRPC method path and status code 12). */
const GRPC_DEFAULTS = { path: "/AWS.ALB/healthcheck", matcher: "12" } as const;
const HTTP_DEFAULTS = { path: "/", matcher: "200" } as const;

/**
 * An attachment's listener as the IR holds it (the ARN as written, or the import of a referenced
 * listener's ARN); undefined without a listener (an existing target group some listener uses).
 */
export function listenerArnOf(attachment: Pick<ParsedAttachment, "listener">): ListenerArn | undefined {
  return attachment.listener === undefined ? undefined : listenerTargetArn(attachment.listener);
}

/**
 * Logical id of attachment `index`'s target group. The first keeps the ids of a single-attachment
 * spec (`TargetGroup`, or the blue one under blue/green); further ones are `TargetGroup2`, ….
 */
export function targetGroupIdOf(ctx: LowerContext, index: number): string {
  if (index > 0) return `${IDS.targetGroup}${index + 1}`;
  return isBlueGreen(ctx.spec) ? DEPLOY_IDS.blueTargetGroup : IDS.targetGroup;
}

/**
 * What the service and the attachment's rules send traffic to: the created target group, the
 * existing ARN, or (an NLB listener of a load balancer stack) the import of that stack's group.
 */
export function targetGroupTargetOf(ctx: LowerContext, attachment: Attachment): TargetGroupTarget {
  const arn = attachment.spec.targetGroupArn;
  if (arn !== undefined) return { existingArn: arn };
  return networkTargetGroupImport(attachment.spec) ?? targetGroupIdOf(ctx, attachment.index);
}

/** The id of the target group the service and its first listener rule start with. */
export function serviceTargetGroupId(ctx: LowerContext): string {
  return targetGroupIdOf(ctx, 0);
}

/**
 * The target groups berth creates, one per attachment without `targetGroupArn` (an attachment on
 * an NLB listener of a load balancer stack registers into that stack's group and creates none).
 * Under blue/green (one attachment) it is the blue one; lower/deploy.ts adds green. Every other
 * name is berth's replaceable name (spec/names.ts), so a create-only change deploys cleanly.
 */
export function lowerTargetGroups(ctx: LowerContext): TargetGroupResource[] {
  return loadBalancerAttachments(ctx.spec).flatMap((attachment) => {
    if (attachment.spec.targetGroupArn !== undefined || isNetworkAttachment(attachment.spec)) return [];
    const blue = attachment.index === 0 && isBlueGreen(ctx.spec);
    const name = blue ? blueTargetGroupName(ctx.spec) : (identity: TargetGroupIdentity) => deployedTargetGroupName(ctx.spec, identity, attachment.index);
    const replaceSideBySide = !blue && attachment.spec.targetGroupName === undefined;
    const group = targetGroupFor(ctx, attachment, targetGroupIdOf(ctx, attachment.index), name, replaceSideBySide);
    return group ? [group] : [];
  });
}

/**
 * A target group for the first attachment with the given id and name (blue and green differ only
 * there). The name is a string or a function of the group's create-only properties.
 */
export function targetGroupNamed(ctx: LowerContext, id: string, name: TargetGroupNaming): TargetGroupResource | undefined {
  const first = loadBalancerAttachments(ctx.spec)[0];
  return first && targetGroupFor(ctx, first, id, name, false);
}

/** A target group's name as written, or berth's replaceable name of its create-only properties. */
type TargetGroupNaming = string | ((identity: TargetGroupIdentity) => string);

function targetGroupFor(ctx: LowerContext, attachment: Attachment, id: string, name: TargetGroupNaming, replaceSideBySide: boolean): TargetGroupResource | undefined {
  const lb = attachment.spec;
  // Validation guarantees a network (for its VPC) whenever there is a load balancer.
  if (!ctx.spec.network) return undefined;
  const target = attachmentTarget(ctx, lb);
  const protocol = lb.protocol ?? "HTTP";
  const hc = lb.healthCheck ?? DEFAULT_HEALTH_CHECK;
  const defaults = lb.protocolVersion === "GRPC" ? GRPC_DEFAULTS : HTTP_DEFAULTS;
  const identity = {
    vpcId: ctx.spec.network.vpc,
    port: target.containerPort,
    protocol,
    // awsvpc tasks have their own ENIs and register by IP; bridge/host tasks register as the
    // instance plus (dynamic) host port, and are health-checked on that traffic port.
    targetType: ctx.spec.networkMode === "awsvpc" ? ("ip" as const) : ("instance" as const),
  };
  return {
    kind: "targetGroup",
    id,
    name: typeof name === "string" ? name : name(identity),
    ...identity,
    ...(lb.protocolVersion === undefined ? {} : { protocolVersion: lb.protocolVersion }),
    healthCheck: {
      path: hc.path ?? defaults.path,
      protocol: hc.protocol ?? protocol,
      ...(typeof hc.port === "number" ? { port: hc.port } : {}),
      intervalSeconds: hc.interval,
      timeoutSeconds: hc.timeout,
      healthyThreshold: hc.healthyThreshold,
      unhealthyThreshold: hc.unhealthyThreshold,
      matcher: hc.matcher ?? defaults.matcher,
    },
    deregistrationDelaySeconds: lb.deregistrationDelay ?? 300,
    ...(lb.stickiness === undefined ? {} : { stickiness: stickinessOf(lb.stickiness) }),
    ...(lb.slowStart === undefined ? {} : { slowStartSeconds: lb.slowStart }),
    ...(lb.algorithm === undefined ? {} : { algorithm: lb.algorithm }),
    replaceSideBySide,
    tags: ctx.tags,
  };
}

function stickinessOf(s: NonNullable<ParsedAttachment["stickiness"]>): NonNullable<TargetGroupResource["stickiness"]> {
  return s.type === "lb_cookie" ? { type: s.type, durationSeconds: s.duration } : { type: s.type, cookieName: s.cookieName, durationSeconds: s.duration };
}

/**
 * Logical ids of the listener rules, numbered across attachments in spec order: `ListenerRule`
 * (what a single-rule spec always had), then `ListenerRule2`, `ListenerRule3`, ….
 */
function ruleId(n: number): string {
  return n === 0 ? IDS.listenerRule : `${IDS.listenerRule}${n + 1}`;
}

/** Every rule the stack adds to the listeners, each forwarding to its attachment's target group. */
export function lowerListenerRules(ctx: LowerContext): ListenerRuleResource[] {
  const rules: ListenerRuleResource[] = [];
  for (const attachment of loadBalancerAttachments(ctx.spec)) {
    const listenerArn = listenerArnOf(attachment.spec);
    // NLB listeners have no rules: their load balancer stack forwards to its own target group.
    if (listenerArn === undefined || isNetworkAttachment(attachment.spec)) continue;
    for (const rule of attachmentRules(attachment)) {
      rules.push(ruleResource(ctx, ruleId(rules.length), listenerArn, priorityOf(rule), rule, targetGroupTargetOf(ctx, attachment)));
    }
  }
  return rules;
}

/** Ids of the listener rules {@link lowerListenerRules} creates (the service waits for them). */
export function listenerRuleIds(ctx: LowerContext): string[] {
  return lowerListenerRules(ctx).map((rule) => rule.id);
}

/**
 * A rule on `listenerArn` with the conditions of the first attachment's first rule: the test
 * listener rule of a blue/green deploy (which has exactly one attachment).
 */
export function listenerRuleOn(ctx: LowerContext, id: string, listenerArn: ListenerArn, priority: number): ListenerRuleResource | undefined {
  const first = loadBalancerAttachments(ctx.spec)[0];
  const rule = first && attachmentRules(first)[0];
  return rule && ruleResource(ctx, id, listenerArn, priority, rule, serviceTargetGroupId(ctx));
}

/** The first rule's priority of the first attachment (the blue/green test rule's default). */
export function primaryPriority(ctx: LowerContext): number {
  const first = loadBalancerAttachments(ctx.spec)[0];
  const rule = first && attachmentRules(first)[0];
  if (!rule) throw new Error("berth bug: no listener rule on the first load balancer attachment");
  return priorityOf(rule);
}

function priorityOf(rule: AttachmentRule): number {
  // Validation reports a rule without a priority (B552); lowering only sees valid specs.
  if (rule.priority === undefined) throw new Error("berth bug: listener rule without a priority passed validation");
  return rule.priority;
}

/**
 * Under blue/green the rule forwards to the blue target group at creation and CodeDeploy owns
 * the action from then on (it flips it to the other target group on every deployment).
 */
function ruleResource(ctx: LowerContext, id: string, listenerArn: ListenerArn, priority: number, c: RuleConditions, targetGroup: TargetGroupTarget): ListenerRuleResource {
  return {
    kind: "listenerRule",
    id,
    listenerArn,
    priority,
    pathPatterns: c.paths,
    hostHeaders: c.hosts,
    httpHeaders: Object.keys(c.headers)
      .sort()
      .map((name) => ({ name, values: c.headers[name] ?? [] })),
    queryStrings: c.queryStrings.map((q) => (q.key === undefined ? { value: q.value } : { key: q.key, value: q.value })),
    sourceIps: c.sourceIps,
    httpMethods: c.methods,
    targetGroup,
    ...(isBlueGreen(ctx.spec) ? { externallyManaged: ["actions" as const] } : {}),
  };
}

/**
 * ECS has one health check grace period per service: with several attachments the longest one
 * asked for applies, so no target group fails a task that another still lets warm up.
 */
export function healthCheckGracePeriodOf(ctx: LowerContext): number | undefined {
  const periods = loadBalancerAttachments(ctx.spec).map((a) => a.spec.healthCheckGracePeriod);
  return periods.length === 0 ? undefined : Math.max(...periods);
}
