import type { SpecPath } from "../../diagnostics/diagnostic.js";
import type { RuleContext } from "../context.js";
import type { WorkloadRule } from "./rule.js";
import { isEc2Id, isIpv4Cidr, type Ec2IdPrefix } from "../../spec/aws-formats.js";
import { loadBalancerAttachments } from "../../spec/load-balancers.js";
import { isListenerReference } from "../../spec/schema/index.js";

/** How each id prefix is named in messages. */
const KIND: Record<Ec2IdPrefix, string> = { vpc: "VPC", subnet: "subnet", sg: "security group" };

/**
 * B301: VPC, subnet and security group ids must have the real format. A typo here otherwise
 * surfaces only as a failed stack update, after CloudFormation has started rolling back.
 */
export const networkIds: WorkloadRule = (spec, context) => {
  const { network } = spec;
  if (!network) return;
  checkId(network.vpc, "vpc", ["network", "vpc"], context);
  network.subnets.forEach((id, i) => checkId(id, "subnet", ["network", "subnets", i], context));
  network.securityGroups?.forEach((id, i) => checkId(id, "sg", ["network", "securityGroups", i], context));
};

/**
 * B306/B307: awsvpc tasks get their own network interfaces, so they need subnets; a target
 * group needs the VPC it lives in whatever the network mode.
 */
export const networkPresent: WorkloadRule = (spec, context) => {
  if (spec.network) return;
  if (spec.networkMode === "awsvpc") context.report("B306", ["network"], {});
  else if (spec.loadBalancer) context.report("B307", ["network"], {});
};

/**
 * B302/B303/B305: `allowFrom` feeds the generated security group's ingress rules, so each entry
 * must be a security group id or an IPv4 CIDR; and it means nothing when the author brings their
 * own groups — silently ignoring it would leave the ports closed (or open) against expectations.
 * Behind a load balancer an empty `allowFrom` means every health check times out and the
 * circuit breaker rolls the deploy back; a warning, since ingress could be added out of band.
 */
export const allowFrom: WorkloadRule = (spec, context) => {
  const { network } = spec;
  if (!network) return;
  network.allowFrom.forEach((source, i) => {
    if (!isEc2Id(source, "sg") && !isIpv4Cidr(source)) context.report("B302", ["network", "allowFrom", i], { value: source });
  });
  if (network.securityGroups !== undefined && network.allowFrom.length > 0) {
    context.report("B303", ["network", "allowFrom"], {});
  }
  // Only awsvpc tasks get the generated group; in bridge/host mode the instances' groups admit the load balancer.
  // Behind a load balancer berth creates, the generated group admits that load balancer's group.
  const admitsNothing = loadBalancerAttachments(spec).some((a) => a.spec.listener === undefined || !isListenerReference(a.spec.listener));
  if (spec.networkMode === "awsvpc" && network.securityGroups === undefined && network.allowFrom.length === 0 && admitsNothing) {
    context.report("B305", ["network", "allowFrom"], {}, "warning");
  }
};

/**
 * B304: the same subnet or group twice is rejected by ECS, and a repeated `allowFrom` source
 * makes two identical ingress rules, which EC2 refuses as a duplicate.
 */
export const duplicateNetworkEntries: WorkloadRule = (spec, context) => {
  const { network } = spec;
  if (!network) return;
  reportDuplicates(network.subnets, ["network", "subnets"], context);
  reportDuplicates(network.securityGroups ?? [], ["network", "securityGroups"], context);
  reportDuplicates(network.allowFrom, ["network", "allowFrom"], context);
};

function checkId(value: string, prefix: Ec2IdPrefix, path: SpecPath, context: RuleContext): void {
  if (!isEc2Id(value, prefix)) context.report("B301", path, { kind: KIND[prefix], value, prefix });
}

/** Reports every repeat after the first occurrence, at the repeat's own index. */
function reportDuplicates(values: readonly string[], path: SpecPath, context: RuleContext): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) context.report("B304", [...path, i], { value });
    seen.add(value);
  });
}
