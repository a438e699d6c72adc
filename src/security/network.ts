import type { IngressRule, Resource, SecurityGroupResource, Stack } from "../ir/index.js";
import { covers, isWorld, type SecurityWaiver } from "./waiver.js";

/** Ports the Control Tower rule CT.EC2.PR.4 calls high-risk when open to everyone. */
const HIGH_RISK_PORTS = [20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200, 9300];

/** True when a value (a resource, deeply) holds an attribute reference to the resource `id`. */
function refersTo(value: unknown, id: string): boolean {
  if (Array.isArray(value)) return value.some((v) => refersTo(v, id));
  if (value === null || typeof value !== "object") return false;
  const record = value as Record<string, unknown>;
  if (record.resource === id && typeof record.attribute === "string") return true;
  return Object.values(record).some((v) => refersTo(v, id));
}

/** The security groups the stack creates (a service's or task's, a load balancer's, container instances'). */
function securityGroups(stack: Stack): SecurityGroupResource[] {
  return stack.resources.flatMap((r) => (r.kind === "securityGroup" ? [r] : []));
}

/** One ingress rule with the group it belongs to. */
interface GroupRule {
  readonly group: SecurityGroupResource;
  readonly rule: IngressRule;
}

/**
 * Ingress rules cfn-guard's CT.EC2.PR.3/PR.4 read as open to everyone: a 0.0.0.0/0 or ::/0
 * source, or any managed prefix list (the rules say prefix lists are "not supported" and treat
 * each as unrestricted).
 */
function openToEveryone(stack: Stack): GroupRule[] {
  return securityGroups(stack).flatMap((group) =>
    group.ingress.filter((rule) => "prefixListId" in rule.source || ("cidr" in rule.source && isWorld(rule.source.cidr))).map((rule) => ({ group, rule })),
  );
}

/** Ports of the listeners of the stack's internet-facing load balancer whose security group is `group`. */
function listenerPorts(stack: Stack, group: SecurityGroupResource): Set<number> {
  const balancers = stack.resources
    .filter((r) => r.kind === "loadBalancer" && r.scheme === "internet-facing" && refersTo(r.securityGroups, group.id))
    .map((r) => r.id);
  return new Set(stack.resources.flatMap((r) => (r.kind === "listener" && balancers.includes(r.loadBalancer) ? [r.port] : [])));
}

/**
 * The exposures berth accepts: a prefix list the spec names (a corporate VPN, an AWS service's
 * ranges), or the internet on exactly a listener port of a load balancer the spec made public.
 */
function accepted(stack: Stack, { group, rule }: GroupRule): boolean {
  if ("prefixListId" in rule.source) return true;
  return rule.fromPort === rule.toPort && listenerPorts(stack, group).has(rule.fromPort);
}

/** The rules open to everyone that fail a check. */
function failingOpen(stack: Stack, fails: (rule: IngressRule) => boolean): GroupRule[] {
  return openToEveryone(stack).filter((r) => fails(r.rule));
}

/** True when some rule fails the check and every failing rule is one berth accepts. */
function allAccepted(stack: Stack, fails: (rule: IngressRule) => boolean): boolean {
  const failing = failingOpen(stack, fails);
  return failing.length > 0 && failing.every((r) => accepted(stack, r));
}

/** Why berth accepts what CT.EC2.PR.3 and PR.4 read as open to everyone, for the cases the stack has. */
function openPortReason(stack: Stack, fails: (rule: IngressRule) => boolean, port: string): string {
  const failing = failingOpen(stack, fails);
  const sentences = [
    failing.some((r) => "prefixListId" in r.rule.source)
      ? `${port} is open to a managed prefix list the spec names, not to the internet: the rule counts every prefix list as the whole internet (it does not support prefix lists).`
      : "",
    failing.some((r) => "cidr" in r.rule.source)
      ? `${port} is a listener port of this load balancer, which the spec makes internet-facing and opens to everyone on purpose (such as an HTTPS test listener for blue/green).`
      : "",
  ];
  return sentences.filter((s) => s !== "").join(" ");
}

const notWebPort = (rule: IngressRule) => !(rule.fromPort === rule.toPort && (rule.fromPort === 80 || rule.fromPort === 443));
const highRiskPort = (rule: IngressRule) => HIGH_RISK_PORTS.some((port) => covers(rule.fromPort, rule.toPort, port));

/** The port-80 rules checkov's CKV_AWS_260 fails: from everyone, or with no CIDR at all. */
function port80Failing(stack: Stack): IngressRule[] {
  // checkov 3.3.30 (AbsSecurityGroupUnrestrictedIngress) fails a rule with no CIDR at all:
  // it does not know aws_vpc_security_group_ingress_rule's referenced_security_group_id or prefix_list_id.
  return securityGroups(stack)
    .flatMap((g) => g.ingress)
    .filter((r) => covers(r.fromPort, r.toPort, 80) && !("cidr" in r.source && !isWorld(r.source.cidr)));
}

/** Resource kinds checkov's CKV2_AWS_5 counts as attaching a security group (of those berth emits). */
const ATTACHING_KINDS: readonly Resource["kind"][] = ["service", "launchTemplate", "loadBalancer", "scheduleRule"];

/** Security groups and load balancing. */
export const NETWORK_WAIVERS: readonly SecurityWaiver[] = [
  {
    tool: "cfn-guard",
    rule: "CT.EC2.PR.3",
    title: "only ports 80 and 443 are open to everyone",
    reason: (stack) => openPortReason(stack, notWebPort, "The port other than 80 and 443"),
    appliesTo: (stack) => allAccepted(stack, notWebPort),
  },
  {
    tool: "cfn-guard",
    rule: "CT.EC2.PR.4",
    title: "high-risk ports (22, 3389, 5432, 8080, …) are not open to everyone",
    reason: (stack) => openPortReason(stack, highRiskPort, "The high-risk port"),
    appliesTo: (stack) => allAccepted(stack, highRiskPort),
  },
  {
    tool: "checkov",
    rule: "CKV_AWS_260",
    title: "port 80 is not open to everyone",
    reason: (stack) =>
      [
        port80Failing(stack).some((r) => "cidr" in r.source)
          ? "Port 80 is open to the internet only for the load balancer's HTTP listener, which redirects every request to HTTPS (301) and serves nothing over plain HTTP."
          : "",
        port80Failing(stack).some((r) => !("cidr" in r.source))
          ? "Port 80 is open to a security group or prefix list, not to the internet: checkov reads a rule without a CIDR block as open to everyone."
          : "",
      ]
        .filter((s) => s !== "")
        .join(" "),
    appliesTo: (stack) => {
      const redirects = new Set(stack.resources.flatMap((r) => (r.kind === "listener" && r.defaultAction.type === "redirectToHttps" ? [r.port] : [])));
      const accepted = (r: IngressRule) => !("cidr" in r.source) || (r.fromPort === 80 && r.toPort === 80 && redirects.has(80));
      const failing = port80Failing(stack);
      return failing.length > 0 && failing.every(accepted);
    },
  },
  {
    tool: "checkov",
    rule: "CKV2_AWS_28",
    title: "an internet-facing ALB is protected by AWS WAF",
    reason:
      "berth does not create or manage AWS WAF web ACLs; associate one with the load balancer ARN this stack outputs (AWS::WAFv2::WebACLAssociation, aws_wafv2_web_acl_association) from the stack that owns the web ACL.",
    appliesTo: (stack) => stack.resources.some((r) => r.kind === "loadBalancer" && r.type === "application" && r.scheme === "internet-facing"),
  },
  {
    tool: "checkov",
    rule: "CKV_AWS_378",
    title: "target groups do not use plain HTTP",
    reason:
      "The target group speaks HTTP to the tasks inside the VPC: TLS ends at the load balancer's listener, the usual load-balancer-to-task setup.",
    appliesTo: (stack) => stack.resources.some((r) => r.kind === "targetGroup" && r.protocol === "HTTP"),
  },
  {
    tool: "checkov",
    rule: "CKV2_AWS_5",
    title: "security groups are attached to a resource",
    reason:
      "The security group is attached to the task's runs: the EventBridge Scheduler schedule's network configuration, or the run-task command of this README; checkov does not follow either attachment.",
    appliesTo: (stack) => {
      const attaching = stack.resources.filter((r) => ATTACHING_KINDS.includes(r.kind));
      const unattached = securityGroups(stack).filter((g) => !attaching.some((r) => refersTo(r, g.id)));
      // Only a task stack's group is attached outside the template (its schedule or run-task).
      const runs = stack.runTask !== undefined || stack.resources.some((r) => r.kind === "schedule");
      return unattached.length > 0 && runs;
    },
  },
];
