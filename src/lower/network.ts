import type { IngressRule, SecurityGroupResource, ServiceResource, StringValue } from "../ir/index.js";
import { tasksSecurityGroupName } from "../spec/names.js";
import type { WorkloadContext } from "./context.js";
import { containersByName, irPortMappings, loadBalancerTarget } from "./ports.js";
import { loadBalancerIngress } from "./listener-target.js";
import { lowerEgressRules, lowerIngressRules, uniqueIngress } from "./security-group-rules.js";

/**
 * The security group berth creates when the spec names none: ingress on the ports that receive
 * traffic (the load-balanced port, or every mapped port of an internal service) from each
 * `allowFrom` source, plus the spec's `ingress` rules; all egress (tasks pull images and call AWS
 * APIs), or exactly the spec's `egress` rules when it restricts outbound traffic.
 */
export function lowerSecurityGroup(ctx: WorkloadContext): SecurityGroupResource | undefined {
  const { network, name } = ctx.spec;
  // Only awsvpc tasks have their own interfaces; in bridge/host mode they use the instance's groups.
  if (!network || ctx.spec.networkMode !== "awsvpc" || network.securityGroups) return undefined;
  const target = loadBalancerTarget(ctx);
  const ports = target
    ? [{ containerPort: target.containerPort, protocol: "tcp" as const }]
    : [...containersByName(ctx).values()].flatMap(irPortMappings);
  const uniquePorts = [...new Map(ports.map((p) => [`${p.protocol}/${p.containerPort}`, p])).values()];
  // Behind a load balancer berth creates, only that load balancer's group reaches the tasks.
  const fromLoadBalancer = target ? loadBalancerIngress(ctx, target.containerPort) : undefined;
  const allowed: IngressRule[] = fromLoadBalancer ? [fromLoadBalancer] : network.allowFrom.flatMap((source) =>
    uniquePorts.map((p) => ({
      protocol: p.protocol,
      fromPort: p.containerPort,
      toPort: p.containerPort,
      source: source.startsWith("sg-") ? { securityGroupId: source } : { cidr: source },
      description: `${p.protocol.toUpperCase()} ${p.containerPort} from ${source}`,
    })),
  );
  const description = `Tasks of ECS ${ctx.workload} ${name}`;
  return {
    kind: "securityGroup",
    id: ctx.ids.securityGroup,
    name: tasksSecurityGroupName(ctx.spec, { vpcId: network.vpc, description }),
    description,
    vpcId: network.vpc,
    ingress: uniqueIngress([...allowed, ...lowerIngressRules(network)]),
    egress: lowerEgressRules(network),
    tags: ctx.tags,
  };
}

/** The awsvpc configuration of the tasks (the spec's groups, or the generated one); undefined in bridge/host mode. */
export function awsvpcConfiguration(ctx: WorkloadContext): ServiceResource["network"] {
  const { network, networkMode } = ctx.spec;
  if (!network || networkMode !== "awsvpc") return undefined;
  const securityGroups: StringValue[] = network.securityGroups ? [...network.securityGroups] : [{ resource: ctx.ids.securityGroup, attribute: "id" }];
  return { subnets: network.subnets, securityGroups, assignPublicIp: network.assignPublicIp };
}
