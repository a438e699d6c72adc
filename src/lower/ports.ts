import type { Container } from "../ir/index.js";
import type { ParsedContainer } from "../spec/workload.js";
import type { WorkloadContext } from "./context.js";

/** A container's port mappings, with the `port` shorthand expanded to one TCP mapping. */
export function portMappingsOf(container: ParsedContainer): Container["portMappings"] {
  if (container.portMappings) {
    return container.portMappings.map((m) => ({ containerPort: m.containerPort, protocol: m.protocol, ...(m.name ? { name: m.name } : {}) }));
  }
  return container.port === undefined ? [] : [{ containerPort: container.port, protocol: "tcp" }];
}

/** The container and port the load balancer sends traffic to, after defaults; undefined without a load balancer. */
export function loadBalancerTarget(ctx: WorkloadContext): { containerName: string; containerPort: number } | undefined {
  const lb = ctx.spec.loadBalancer;
  if (!lb) return undefined;
  const containerName = lb.container ?? ctx.mainContainerName;
  const container = containersByName(ctx).get(containerName);
  const firstTcp = container && portMappingsOf(container).find((m) => m.protocol === "tcp")?.containerPort;
  const containerPort = lb.port ?? firstTcp;
  // Validation guarantees a target port; reaching this is a bug in a rule, not a user error.
  if (containerPort === undefined) throw new Error(`berth bug: no load balancer port for container ${containerName}`);
  return { containerName, containerPort };
}

/** All containers of the task by their (defaulted) names. */
export function containersByName(ctx: WorkloadContext): Map<string, ParsedContainer> {
  const map = new Map<string, ParsedContainer>([[ctx.mainContainerName, ctx.spec.container]]);
  for (const sidecar of ctx.spec.sidecars) if (sidecar.name) map.set(sidecar.name, sidecar);
  return map;
}
