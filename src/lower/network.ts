import type { IngressRule, SecurityGroupResource, ServiceResource, StringValue } from "../ir/index.js";
import { tasksSecurityGroupName } from "../spec/names.js";
import type { WorkloadContext } from "./context.js";
import { attachmentTarget, containersByName, irPortMappings } from "./ports.js";
import { loadBalancerAttachments } from "../spec/load-balancers.js";
import { loadBalancerIngress, referencedLoadBalancerOf } from "./listener-target.js";
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
  // Behind a load balancer: each load-balanced port, plus any other port its health checks use.
  // An attachment on a load balancer berth creates admits only that load balancer's group there.
  const lbPorts = loadBalancerAttachments(ctx.spec).flatMap((a) => {
    const hcPort = a.spec.healthCheck?.port;
    const ports = [attachmentTarget(ctx, a.spec).containerPort, ...(typeof hcPort === "number" ? [hcPort] : [])];
    return ports.map((containerPort) => ({ containerPort, protocol: "tcp" as const, lb: referencedLoadBalancerOf(a.spec) }));
  });
  const ports = lbPorts.length > 0 ? lbPorts : [...containersByName(ctx).values()].flatMap((c) => irPortMappings(c).map((p) => ({ ...p, lb: undefined })));
  const uniquePorts = [...new Map(ports.map((p) => [`${p.lb ?? ""}/${p.protocol}/${p.containerPort}`, p])).values()];
  const fromLoadBalancers = uniquePorts.flatMap((p) => (p.lb === undefined ? [] : [loadBalancerIngress(p.lb, p.containerPort)]));
  const openPorts = uniquePorts.filter((p) => p.lb === undefined);
  const allowed: IngressRule[] = [
    ...fromLoadBalancers,
    ...network.allowFrom.flatMap((source) =>
      openPorts.map((p) => ({
        protocol: p.protocol,
        fromPort: p.containerPort,
        toPort: p.containerPort,
        source: source.startsWith("sg-") ? { securityGroupId: source } : { cidr: source },
        description: `${p.protocol.toUpperCase()} ${p.containerPort} from ${source}`,
      })),
    ),
  ];
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
