import type { ServiceRule } from "./rule.js";
import { attachmentRules, loadBalancerAttachments } from "../../spec/load-balancers.js";
import { targetGroupName } from "../../spec/names.js";
import type { ParsedAttachment } from "../../spec/schema/load-balancer.js";

/** ECS's quota of target groups (load balancer entries) per service. */
const MAX_ATTACHMENTS = 5;

/** Prefixes ELB keeps for its own stickiness cookies. */
const RESERVED_COOKIE_PREFIXES = ["AWSALB", "AWSALBAPP", "AWSALBTG"] as const;

/** The attachment fields that only describe a target group berth creates. */
const CREATED_TARGET_GROUP_FIELDS = ["targetGroupName", "protocol", "protocolVersion", "healthCheck", "deregistrationDelay", "stickiness", "slowStart", "algorithm"] as const satisfies readonly (keyof ParsedAttachment)[];

/**
 * B550/B551/B554/B559/B563: what each attachment brings. A created target group must sit behind
 * a listener rule (ECS refuses a target group without a load balancer); an existing one keeps its
 * settings, so settings given for it would be silently ignored; ECS takes at most five target
 * groups per service and each only once.
 */
export const loadBalancerAttachmentsRule: ServiceRule = (spec, context) => {
  const attachments = loadBalancerAttachments(spec);
  if (attachments.length > MAX_ATTACHMENTS) context.report("B554", ["loadBalancer"], { count: attachments.length, max: MAX_ATTACHMENTS });
  const byTargetGroup = new Map<string, number[]>();
  for (const { spec: a, path, index } of attachments) {
    if (a.listener === undefined && a.targetGroupArn === undefined) context.report("B550", path, {});
    if (a.targetGroupArn !== undefined) {
      for (const field of CREATED_TARGET_GROUP_FIELDS) if (a[field] !== undefined) context.report("B551", [...path, field], { field });
    }
    const cookie = a.stickiness?.type === "app_cookie" ? a.stickiness.cookieName : undefined;
    if (cookie !== undefined && RESERVED_COOKIE_PREFIXES.some((prefix) => cookie.toUpperCase().startsWith(prefix))) {
      context.report("B559", [...path, "stickiness", "cookieName"], { name: cookie });
    }
    const key = a.targetGroupArn ?? targetGroupName(spec, index);
    byTargetGroup.set(key, [...(byTargetGroup.get(key) ?? []), index]);
  }
  for (const [value, indexes] of byTargetGroup) {
    if (indexes.length > 1) context.report("B563", ["loadBalancer", indexes[1] ?? 0], { value, indexes });
  }
};

/**
 * B555: CodeDeploy's ECS blue/green swaps one pair of target groups behind one production rule:
 * a second attachment, an existing target group or a second rule cannot follow the swap.
 */
export const blueGreenAttachment: ServiceRule = (spec, context) => {
  const strategy = spec.deploy.strategy;
  if (strategy === "rolling") return;
  const attachments = loadBalancerAttachments(spec);
  const first = attachments[0];
  if (!first) return; // B800 reports the missing load balancer.
  if (attachments.length > 1) {
    context.report("B555", ["loadBalancer"], { strategy, reason: `needs exactly one load balancer attachment, but the service has ${attachments.length}` });
  }
  if (first.spec.targetGroupArn !== undefined) {
    context.report("B555", [...first.path, "targetGroupArn"], { strategy, reason: "creates its blue and green target groups itself and cannot use an existing one" });
  }
  const rules = attachmentRules(first);
  if (rules.length > 1) context.report("B555", [...first.path, "rules"], { strategy, reason: `moves the traffic of exactly one listener rule, but the attachment has ${rules.length}` });
};

/**
 * B564: request-count scaling and the 5xx deployment alarm read the first attachment's target
 * group and load balancer metrics, which berth knows only for a target group it creates behind a
 * listener of its own spec.
 */
export const primaryAttachmentMetrics: ServiceRule = (spec, context) => {
  const first = loadBalancerAttachments(spec)[0];
  if (!first || (first.spec.targetGroupArn === undefined && first.spec.listener !== undefined)) return;
  if (spec.scaling?.requestsPerTarget !== undefined) context.report("B564", ["scaling", "requestsPerTarget"], { field: "scaling.requestsPerTarget" });
  if (spec.deploy.alarms?.target5xxPerMinute !== undefined) context.report("B564", ["deploy", "alarms", "target5xxPerMinute"], { field: "deploy.alarms.target5xxPerMinute" });
};
