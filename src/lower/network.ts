import type { IngressRule, SecurityGroupResource, ServiceResource, StringValue } from "../ir/index.js";
import type { WorkloadContext } from "./context.js";
import { containersByName, irPortMappings, loadBalancerTargets } from "./ports.js";
import { loadBalancerAttachments } from "../spec/load-balancers.js";

/**
 * The security group berth creates when the spec names none: ingress on the ports that receive
 * traffic (the load-balanced port, or every mapped port of an internal service) from each
 * `allowFrom` source; all egress, since tasks pull images and call AWS APIs.
 */
export function lowerSecurityGroup(ctx: WorkloadContext): SecurityGroupResource | undefined {
  const { network, name } = ctx.spec;
  // Only awsvpc tasks have their own interfaces; in bridge/host mode they use the instance's groups.
  if (!network || ctx.spec.networkMode !== "awsvpc" || network.securityGroups) return undefined;
  const targets = loadBalancerTargets(ctx);
  // Behind a load balancer: each load-balanced port, plus any other port its health checks use.
  const healthCheckPorts = loadBalancerAttachments(ctx.spec).flatMap((a) => (typeof a.spec.healthCheck?.port === "number" ? [a.spec.healthCheck.port] : []));
  const ports =
    targets.length > 0
      ? [...targets.map((t) => t.containerPort), ...healthCheckPorts].map((containerPort) => ({ containerPort, protocol: "tcp" as const }))
      : [...containersByName(ctx).values()].flatMap(irPortMappings);
  const uniquePorts = [...new Map(ports.map((p) => [`${p.protocol}/${p.containerPort}`, p])).values()];
  const ingress: IngressRule[] = network.allowFrom.flatMap((source) =>
    uniquePorts.map((p) => ({
      protocol: p.protocol,
      fromPort: p.containerPort,
      toPort: p.containerPort,
      source: source.startsWith("sg-") ? { securityGroupId: source } : { cidr: source },
      description: `${p.protocol.toUpperCase()} ${p.containerPort} from ${source}`,
    })),
  );
  return {
    kind: "securityGroup",
    id: ctx.ids.securityGroup,
    name: `${name}-tasks`,
    description: `Tasks of ECS ${ctx.workload} ${name}`,
    vpcId: network.vpc,
    ingress,
    // Tasks pull images and call AWS APIs; restricting egress needs VPC endpoints berth doesn't manage.
    egress: [{ protocol: "all", cidr: "0.0.0.0/0", description: "Allow all outbound traffic (image pulls, AWS APIs)" }],
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
