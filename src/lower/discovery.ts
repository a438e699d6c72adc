import type { DiscoveryServiceResource, ImportRef, ServiceRegistry, StackImport, StackOutput } from "../ir/index.js";
import {
  discoveryDnsType,
  discoveryName,
  namespaceExportName,
  resolveNamespace,
  srvTarget,
  type ClusterNamespace,
  type NamespaceReference,
} from "../spec/discovery.js";
import type { ParsedDiscovery } from "../spec/schema/index.js";
import type { LowerContext } from "./context.js";

/** Logical ids of the service discovery family in a service stack. */
export const DISCOVERY_IDS = {
  service: "DiscoveryService",
  /** The stack import holding the id of a namespace a cluster stack exports. */
  namespaceImport: "DiscoveryNamespace",
} as const;

/** The spec's discovery settings and what its namespace refers to; undefined without discovery. */
function resolved(ctx: LowerContext, namespaces: readonly ClusterNamespace[]): { discovery: ParsedDiscovery; namespace: NamespaceReference } | undefined {
  const { discovery } = ctx.spec;
  if (!discovery) return undefined;
  const namespace = resolveNamespace({ ...ctx.spec, discovery }, namespaces);
  // Validation (B860/B861) rejects a name no cluster spec of the run creates.
  if (namespace.kind === "missing") throw new Error(`berth bug: namespace "${namespace.name}" is neither an id nor a cluster spec's namespace`);
  return { discovery, namespace };
}

/**
 * The stack's `imports`: the namespace id when the namespace belongs to a cluster spec of the
 * run (that cluster's stack creates it, so this stack only learns its id at deploy time), else
 * nothing, and the member is left out as in stacks that never import.
 */
export function discoveryImports(ctx: LowerContext, namespaces: readonly ClusterNamespace[]): { imports?: readonly StackImport[] } {
  const namespace = resolved(ctx, namespaces)?.namespace;
  if (namespace?.kind !== "cluster") return {};
  const { name, cluster } = namespace.namespace;
  const namespaceImport: StackImport = {
    id: DISCOVERY_IDS.namespaceImport,
    description: `Id of Cloud Map namespace ${name}, created by cluster stack ${cluster}`,
    exportName: namespaceExportName(cluster),
    lookup: { kind: "dnsNamespaceId", name, type: "DNS_PRIVATE" },
  };
  return { imports: [namespaceImport] };
}

/**
 * The Cloud Map service the tasks register in: one record per task of the spec's type and TTL,
 * health reported by ECS (custom health checks; Route 53 cannot probe private task IPs).
 */
export function lowerDiscoveryService(ctx: LowerContext, namespaces: readonly ClusterNamespace[]): DiscoveryServiceResource | undefined {
  const found = resolved(ctx, namespaces);
  if (!found) return undefined;
  const { discovery, namespace } = found;
  const namespaceId: string | ImportRef = namespace.kind === "id" ? namespace.id : { import: DISCOVERY_IDS.namespaceImport };
  return {
    kind: "discoveryService",
    id: DISCOVERY_IDS.service,
    name: discoveryName(ctx.spec),
    description: `Tasks of ECS service ${ctx.spec.name}`,
    namespace: namespaceId,
    dnsRecords: [{ type: discoveryDnsType(ctx.spec), ttl: discovery.ttl }],
    routingPolicy: discovery.routingPolicy,
    healthCheckCustom: { failureThreshold: discovery.failureThreshold },
    tags: ctx.tags,
  };
}

/** The ECS service's registry: the Cloud Map service, plus the container and port an SRV record publishes. */
export function serviceRegistries(ctx: LowerContext): ServiceRegistry[] {
  if (!ctx.spec.discovery) return [];
  if (discoveryDnsType(ctx.spec) === "A") return [{ registry: DISCOVERY_IDS.service }];
  const target = srvTarget(ctx.spec);
  // Validation (B854/B855) guarantees a registered port.
  if (target.port === undefined) throw new Error(`berth bug: no SRV port for container ${target.containerName}`);
  return [{ registry: DISCOVERY_IDS.service, containerName: target.containerName, containerPort: target.port }];
}

/** The Cloud Map service's ARN, and the tasks' DNS name when the namespace's name is known. */
export function discoveryOutputs(ctx: LowerContext, namespaces: readonly ClusterNamespace[]): StackOutput[] {
  const found = resolved(ctx, namespaces);
  if (!found) return [];
  const list: StackOutput[] = [
    { id: "DiscoveryServiceArn", description: "ARN of the Cloud Map service the tasks register in", value: { resource: DISCOVERY_IDS.service, attribute: "arn" } },
  ];
  if (found.namespace.kind === "cluster") {
    list.push({
      id: "DiscoveryDnsName",
      description: "DNS name of the tasks, resolvable in the namespace's VPC",
      value: `${discoveryName(ctx.spec)}.${found.namespace.namespace.name}`,
    });
  }
  return list;
}
