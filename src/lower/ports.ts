import type { Container } from "../ir/index.js";
import { portMappingsOf, taskContainers, tcpPortsOf } from "../spec/containers.js";
import type { ParsedContainer } from "../spec/workload.js";
import type { WorkloadContext } from "./context.js";
import { primaryAttachment } from "../spec/load-balancers.js";
import type { ParsedAttachment } from "../spec/schema/load-balancer.js";

/** A container's port mappings as the IR holds them (spec paths dropped). */
export function irPortMappings(container: ParsedContainer): Container["portMappings"] {
  return portMappingsOf(container).map(({ path: _path, ...mapping }) => mapping);
}

/**
 * The container and port the (first) load balancer attachment sends traffic to, after defaults;
 * undefined without a load balancer.
 */
export function loadBalancerTarget(ctx: WorkloadContext): { containerName: string; containerPort: number } | undefined {
  const lb = primaryAttachment(ctx.spec);
  return lb && attachmentTarget(ctx, lb);
}

/** The container and port one load balancer attachment sends traffic to, after defaults. */
export function attachmentTarget(ctx: WorkloadContext, lb: Pick<ParsedAttachment, "container" | "port">): { containerName: string; containerPort: number } {
  const containerName = lb.container ?? ctx.mainContainerName;
  const container = containersByName(ctx).get(containerName);
  const containerPort = lb.port ?? (container && tcpPortsOf(container)[0]);
  // Validation guarantees a target port; reaching this is a bug in a rule, not a user error.
  if (containerPort === undefined) throw new Error(`berth bug: no load balancer port for container ${containerName}`);
  return { containerName, containerPort };
}

/** All containers of the task by their (defaulted) names. */
export function containersByName(ctx: WorkloadContext): Map<string, ParsedContainer> {
  return new Map(taskContainers(ctx.spec).flatMap(({ name, container }) => (name === undefined ? [] : [[name, container] as const])));
}
